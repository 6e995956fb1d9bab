package org.zwfw.platform.web;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.zwfw.engine.RuleSetHolder;
import org.zwfw.governance.reload.ReplicaIdentity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every answer names the replica that gave it ({@code X-Zwfw-Replica}) and the rule set version serving there when
 * the request arrived ({@code X-Zwfw-Ruleset}, the version a decision takes at its start), so behind a load balancer
 * a client or an analyst sees which replica answered on which rules (operators.md "Several replicas").
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ReplicaHeaders extends OncePerRequestFilter {
    public static final String REPLICA = "X-Zwfw-Replica";
    public static final String RULESET = "X-Zwfw-Ruleset";

    private final ReplicaIdentity identity;
    private final RuleSetHolder rules;

    public ReplicaHeaders(ReplicaIdentity identity, RuleSetHolder rules) {
        this.identity = identity;
        this.rules = rules;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(REPLICA, identity.name());
        response.setHeader(RULESET, rules.current().version());
        chain.doFilter(request, response);
    }
}
