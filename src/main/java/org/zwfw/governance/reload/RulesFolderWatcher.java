package org.zwfw.governance.reload;

import org.zwfw.engine.RuleSetHolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Optional ({@code zwfw.rules.watch=true}; off by default): reloads the rule set when the rules folder changes, once
 * the folder has been quiet for {@code zwfw.rules.watch-debounce} (default 2s), so an editor's burst of writes gives
 * one reload. A broken folder is rejected and audited like an analyst's reload; the last good rule set keeps serving.
 */
@Component
@ConditionalOnProperty(name = "zwfw.rules.watch", havingValue = "true")
public class RulesFolderWatcher implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(RulesFolderWatcher.class);

    private final RuleSetHolder holder;
    private final RuleSetReloader reloader;
    private final Duration debounce;
    private volatile WatchService watcher;
    private Thread thread;

    public RulesFolderWatcher(RuleSetHolder holder, RuleSetReloader reloader,
                              @Value("${zwfw.rules.watch-debounce:2s}") Duration debounce) {
        this.holder = holder;
        this.reloader = reloader;
        this.debounce = debounce;
    }

    @Override
    public synchronized void start() {
        try {
            watcher = FileSystems.getDefault().newWatchService();
            registerTree(holder.folder());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread = new Thread(this::run, "rules-folder-watcher");
        thread.setDaemon(true);
        thread.start();
        log.info("watching {} for rule changes (debounce {})", holder.folder().toAbsolutePath(), debounce);
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void run() {
        WatchService ws = watcher;
        boolean pending = false;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                WatchKey key = pending ? ws.poll(debounce.toMillis(), TimeUnit.MILLISECONDS) : ws.take();
                if (key == null) {
                    pending = false;
                    reloadQuietly();
                    continue;
                }
                for (var event : key.pollEvents()) {
                    if (event.context() instanceof Path name && key.watchable() instanceof Path dir
                            && Files.isDirectory(dir.resolve(name))) {
                        registerTree(dir.resolve(name));
                    }
                }
                key.reset();
                pending = true;
            } catch (InterruptedException | java.nio.file.ClosedWatchServiceException e) {
                return;
            } catch (IOException | RuntimeException e) {
                log.warn("rules folder watcher: {}", e.toString());
                pending = true;
            }
        }
    }

    private void reloadQuietly() {
        try {
            reloader.reloadUnattended("folder-watcher", RuleSetReloader.Trigger.WATCH);
        } catch (RuntimeException e) {
            log.warn("rules folder watcher could not reload: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (thread != null) {
            thread.interrupt();
            try {
                watcher.close();
            } catch (IOException e) {
                log.debug("closing the watcher: {}", e.toString());
            }
            thread = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }
}
