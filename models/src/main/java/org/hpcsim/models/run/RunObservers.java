package org.hpcsim.models.run;

import java.util.List;
import org.hpcsim.models.workload.Job;

/** Several observers seen as one, called in the order given. */
public final class RunObservers implements RunObserver {
    private final RunObserver[] observers;

    private RunObservers(RunObserver[] observers) {
        this.observers = observers;
    }

    /** One observer that forwards to each of {@code observers} in order. */
    public static RunObserver of(List<? extends RunObserver> observers) {
        return observers.size() == 1 ? observers.get(0) : new RunObservers(observers.toArray(new RunObserver[0]));
    }

    @Override
    public void jobSubmitted(Job job, long now) {
        for (RunObserver o : observers) {
            o.jobSubmitted(job, now);
        }
    }

    @Override
    public void jobRejected(Job job, long now, String reason) {
        for (RunObserver o : observers) {
            o.jobRejected(job, now, reason);
        }
    }

    @Override
    public void jobStarted(Job job, long now, long cores) {
        for (RunObserver o : observers) {
            o.jobStarted(job, now, cores);
        }
    }

    @Override
    public void passFinished(long now, int queueLength) {
        for (RunObserver o : observers) {
            o.passFinished(now, queueLength);
        }
    }

    @Override
    public void nodesUp(long now, int up) {
        for (RunObserver o : observers) {
            o.nodesUp(now, up);
        }
    }

    @Override
    public void nodePowered(long now, int node, boolean up, long readyAt) {
        for (RunObserver o : observers) {
            o.nodePowered(now, node, up, readyAt);
        }
    }

    @Override
    public void nodesBooting(long now, int nodes, long readyAt) {
        for (RunObserver o : observers) {
            o.nodesBooting(now, nodes, readyAt);
        }
    }

    @Override
    public void jobFinished(JobOutcome outcome) {
        for (RunObserver o : observers) {
            o.jobFinished(outcome);
        }
    }

    @Override
    public void jobRequeued(JobOutcome run) {
        for (RunObserver o : observers) {
            o.jobRequeued(run);
        }
    }

    @Override
    public void heartbeat(long now, long events) {
        for (RunObserver o : observers) {
            o.heartbeat(now, events);
        }
    }

    @Override
    public void runFinished(long now) {
        for (RunObserver o : observers) {
            o.runFinished(now);
        }
    }
}
