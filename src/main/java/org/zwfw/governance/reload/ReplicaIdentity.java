package org.zwfw.governance.reload;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * This instance's name among the replicas on one database: {@code zwfw.replica.name} if set, else the host name and
 * the port the web server listens on ({@code host:8080}). Shown in the {@code X-Zwfw-Replica} header, the replicas
 * list and the reload audit.
 */
@Component
public class ReplicaIdentity {
    private final String configured;
    private final Environment env;
    private volatile String resolved;
    private volatile String host;

    public ReplicaIdentity(@Value("${zwfw.replica.name:}") String configured, Environment env) {
        this.configured = configured == null ? "" : configured.trim();
        this.env = env;
    }

    public String name() {
        String n = resolved;
        if (n != null) {
            return n;
        }
        if (!configured.isEmpty()) {
            resolved = truncated(configured);
            return resolved;
        }
        // The port a random-port server (server.port=0) got is known once it listens; until then the configured one.
        String port = env.getProperty("local.server.port");
        if (port == null) {
            return truncated(host() + ":" + env.getProperty("server.port", "8080"));
        }
        resolved = truncated(host() + ":" + port);
        return resolved;
    }

    private static String truncated(String s) {
        return s.length() > 100 ? s.substring(0, 100) : s;
    }

    private String host() {
        String h = host;
        if (h == null) {
            h = lookUpHost();
            host = h;
        }
        return h;
    }

    private static String lookUpHost() {
        String h = System.getenv("HOSTNAME");
        if (h != null && !h.isBlank()) {
            return h.trim();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
