package org.zwfw.platform.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

/**
 * Group commit: callers hand in rows and wait; one writer thread takes every row waiting at that moment (up to
 * {@code maxBatch}) and writes them in one transaction, then releases their callers. While it commits, the next
 * callers' rows queue up and go in the next transaction, so under load one commit serves many requests, and alone a
 * row is written at once (no timer to wait for). A caller is released only after the transaction holding its row
 * committed, or with the exception that stopped it.
 *
 * <p>Under load a commit can wait a little ({@code linger}) for more rows: once a transaction has carried more than one
 * row, the writer, having taken the rows waiting, lets {@code linger} pass and takes the rows that arrived meanwhile
 * into the same transaction. A commit's cost (the store writing its changed pages) hardly depends on how many rows it
 * carries, so fewer, larger transactions cost less CPU per decision. A lone caller (the previous transaction carried
 * its row alone) is written at once, with no wait.
 *
 * <p>If a batch fails, each of its rows is tried again in a transaction of its own, so one bad row fails its own
 * caller only. After {@link #close()} (the application stopping) the writer first writes every row already handed
 * in; a row handed in later is written by its caller's thread.
 */
final class GroupCommit<T> implements AutoCloseable {
    private record Pending<T>(T row, CompletableFuture<Void> committed) {}

    private final BlockingQueue<Pending<T>> queue = new LinkedBlockingQueue<>();
    private final ReadWriteLock closing = new ReentrantReadWriteLock();
    private final Consumer<List<T>> writeInOneTransaction;
    private final int maxBatch;
    private final long lingerNanos;
    private final Thread writer;
    private volatile boolean closed;

    /** {@code writeInOneTransaction} writes the rows it is given in one transaction and returns once it committed. */
    GroupCommit(String name, int maxBatch, Consumer<List<T>> writeInOneTransaction) {
        this(name, maxBatch, java.time.Duration.ZERO, writeInOneTransaction);
    }

    /**
     * As above; after a transaction that carried more than one row, the next one waits {@code linger} for more rows
     * once it has its first (zero: never waits).
     */
    GroupCommit(String name, int maxBatch, java.time.Duration linger, Consumer<List<T>> writeInOneTransaction) {
        this.maxBatch = maxBatch;
        this.lingerNanos = linger.toNanos();
        this.writeInOneTransaction = writeInOneTransaction;
        this.writer = new Thread(this::run, name);
        writer.setDaemon(true);
        writer.start();
    }

    /** Returns once {@code row} is committed; throws what stopped it otherwise. */
    void commit(T row) {
        CompletableFuture<Void> committed = new CompletableFuture<>();
        boolean queued = false;
        closing.readLock().lock();
        try {
            if (!closed) {
                queued = queue.add(new Pending<>(row, committed));
            }
        } finally {
            closing.readLock().unlock();
        }
        if (!queued) {
            writeInOneTransaction.accept(List.of(row));
            return;
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    committed.get();
                    return;
                } catch (InterruptedException e) {
                    // The row is in the queue and will be committed: the answer must wait for it all the same.
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException r) {
                        throw r;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Rows handed in and not yet taken by the writer. */
    int waiting() {
        return queue.size();
    }

    private void run() {
        List<Pending<T>> batch = new ArrayList<>(maxBatch);
        int previous = 0;
        while (!closed || !queue.isEmpty()) {
            Pending<T> first;
            try {
                first = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                continue; // close() interrupts to hurry the loop; what is queued is still written
            }
            if (first == null) {
                continue;
            }
            batch.add(first);
            queue.drainTo(batch, maxBatch - 1);
            if (lingerNanos > 0 && previous > 1 && batch.size() < maxBatch && !closed) {
                // Under load (the last transaction was shared): let the rows being made now join this one.
                LockSupport.parkNanos(lingerNanos);
                queue.drainTo(batch, maxBatch - batch.size());
            }
            previous = batch.size();
            write(batch);
            batch.clear();
        }
    }

    private void write(List<Pending<T>> batch) {
        try {
            writeInOneTransaction.accept(batch.stream().map(Pending::row).toList());
            batch.forEach(p -> p.committed().complete(null));
            return;
        } catch (Throwable t) {
            if (batch.size() == 1) {
                batch.get(0).committed().completeExceptionally(t);
                return;
            }
        }
        for (Pending<T> p : batch) {
            try {
                writeInOneTransaction.accept(List.of(p.row()));
                p.committed().complete(null);
            } catch (Throwable t) {
                p.committed().completeExceptionally(t);
            }
        }
    }

    /** Writes what was handed in, then stops the writer. */
    @Override
    public void close() {
        closing.writeLock().lock();
        try {
            closed = true;
        } finally {
            closing.writeLock().unlock();
        }
        writer.interrupt();
        try {
            writer.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
