package eu.aireadiness.database;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Run locks on the embedded H2 database. H2 lets one process at a time open the file (a second one is refused
 * with "database in use" before it can do anything), so only the threads of this process can meet here.
 */
final class InProcessRunLocks implements RunLocks {

    private final Map<RunLock, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final Duration wait;

    InProcessRunLocks(Duration wait) {
        this.wait = wait;
    }

    @Override
    public Held take(List<RunLock> wanted) {
        List<ReentrantLock> taken = new ArrayList<>();
        try {
            for (RunLock lock : wanted.stream().sorted(RunLock.ORDER).toList()) {
                ReentrantLock held = locks.computeIfAbsent(lock, l -> new ReentrantLock());
                if (!held.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new RunLockRefused(RunLocks.refusal(lock, "another task of "
                            + RunLockHolder.current(), wait));
                }
                taken.add(held);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            unlock(taken);
            throw new RunLockRefused("interrupted while waiting for the run's locks: run the same command again");
        } catch (RuntimeException e) {
            unlock(taken);
            throw e;
        }
        return () -> unlock(taken);
    }

    private static void unlock(List<ReentrantLock> taken) {
        for (int i = taken.size() - 1; i >= 0; i--) {
            taken.get(i).unlock();
        }
    }
}
