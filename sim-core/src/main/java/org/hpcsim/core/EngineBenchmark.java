package org.hpcsim.core;

/** Measures raw event throughput of {@link Simulation} with the classic hold model. */
public final class EngineBenchmark {
    /** Mean gap between an event and the one it schedules; large, so ties stay rare. */
    private static final double MEAN_INCREMENT_NS = 1_000_000.0;

    /** What a run did: events fired, wall-clock nanoseconds spent firing them, and their rate. */
    public record Result(long events, long nanos, double eventsPerSecond) {}

    private EngineBenchmark() {}

    /**
     * Keeps {@code pendingEvents} events pending while firing {@code totalEvents} of them: every
     * event schedules one successor at an exponentially distributed distance.
     */
    public static Result run(int pendingEvents, long totalEvents, long seed) {
        if (pendingEvents < 1) {
            throw new IllegalArgumentException("pendingEvents must be positive: " + pendingEvents);
        }
        if (totalEvents < 0) {
            throw new IllegalArgumentException("totalEvents must not be negative: " + totalEvents);
        }
        Simulation sim = new Simulation();
        Hold hold = new Hold(sim, new RandomStreams(seed).stream("hold"), totalEvents);
        hold.kind = sim.registerHandler("hold", hold);
        for (int i = 0; i < pendingEvents; i++) {
            sim.schedule(hold.increment(), hold.kind, i);
        }

        // Wall-clock time is fine here: it measures the engine and never feeds back into a model.
        long start = System.nanoTime();
        if (totalEvents > 0) {
            sim.run();
        }
        long nanos = System.nanoTime() - start;
        long events = sim.eventsProcessed();
        double rate = nanos > 0 ? events * 1e9 / nanos : 0.0;
        return new Result(events, nanos, rate);
    }

    /** The single handler: reschedules every event it receives until the target count fires. */
    private static final class Hold implements EventHandler {
        private final Simulation sim;
        private final RandomStream rng;
        private final long target;
        private int kind;

        Hold(Simulation sim, RandomStream rng, long target) {
            this.sim = sim;
            this.rng = rng;
            this.target = target;
        }

        long increment() {
            return (long) rng.nextExponentialWithMean(MEAN_INCREMENT_NS);
        }

        @Override
        public void handle(long payload) {
            if (sim.eventsProcessed() >= target) {
                sim.stop();
                return;
            }
            sim.scheduleAfter(increment(), kind, payload);
        }
    }
}
