package org.hpcsim.scenarios.hardware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.calibration.CalibrationFitter;
import org.hpcsim.models.calibration.FitOptions;
import org.hpcsim.models.calibration.KernelResult;
import org.hpcsim.models.calibration.Measurements;
import org.hpcsim.models.calibration.NumaTriad;
import org.hpcsim.models.calibration.PiecewiseLinear;
import org.hpcsim.models.calibration.Point;
import org.hpcsim.models.calibration.Series;
import org.hpcsim.models.network.Interconnect;
import org.hpcsim.models.platform.Platform;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.ScenarioLoader;
import org.hpcsim.scenarios.ScenarioWriter;
import org.hpcsim.scenarios.calibration.ProfileReader;
import org.hpcsim.scenarios.calibration.ProfileYaml;
import org.hpcsim.scenarios.run.ScenarioRunner;
import org.hpcsim.scenarios.spec.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A profile written by 'hpcsim calibrate fit' plugs into a scenario's interconnect and node type. */
class CalibratedHardwareTest {
    @TempDir
    Path dir;

    private final ScenarioLoader loader = new ScenarioLoader();

    /** One job of two nodes running a bulk-synchronous code: a 1 MiB halo and a 64-byte ring allreduce. */
    private static final String CFD = """
            name: calibrated
            seed: 1
            cluster: {nodes: 2, coresPerNode: 80}
            scheduler: {policy: fcfs, killAtTimeLimit: false}
            workload: {trace: jobs.csv}
            hardware:
              nodeType: NODE
              interconnect: NET
              topology: {kind: flat}
              profiles:
                cfd: {kind: bsp-mpi, iterations: 1000, flopsPerRank: 2.0e7, memoryBytesPerRank: 1.5e7,
                      haloBytes: 1048576, haloDimensions: 1, allreduceBytes: 64, algorithm: ring, efficiency: 0.1}
                stream: {kind: memory-bound, iterations: 1000, bytesPerTask: 2.0e9}
              rules:
                - {profile: cfd, name: cfd}
                - {profile: stream, name: stream-pinned, pinned: true}
                - {profile: stream, name: stream-unpinned, pinned: false}
            """;

    private static final String JOBS = """
            job_id,submit_s,run_s,requested_s,processors,nodes,name
            1,0,600,7200,160,2,cfd
            2,0,600,7200,80,1,stream-pinned
            3,0,600,7200,80,1,stream-unpinned
            """;

    /** The profile of ping-pong times {@code seconds(bytes)} at 1 B to 4 MiB, plus NUMA triads if given. */
    private Path profile(String name, DoubleUnaryOperator seconds, List<NumaTriad> triads) throws IOException {
        List<Series> latency = new ArrayList<>();
        if (seconds != null) {
            List<Point> points = new ArrayList<>();
            for (long b = 1; b <= 1 << 22; b *= 2) {
                points.add(new Point(b, seconds.applyAsDouble(b)));
            }
            latency.add(new Series("osu_latency", points));
        }
        Measurements m = new Measurements(Map.of(), List.of("synthetic"), latency, List.of(), List.of(), List.of(),
                List.of(), triads, triads.isEmpty() ? List.of() : List.of(List.of(10, 21), List.of(21, 10)));
        Path file = dir.resolve("calib").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, ProfileYaml.render(CalibrationFitter.fit(m, FitOptions.defaults())));
    }

    private Scenario scenario(String node, String net) throws IOException {
        Files.writeString(dir.resolve("jobs.csv"), JOBS);
        return loader.parse(CFD.replace("NODE", node).replace("NET", net), "calibrated.yaml");
    }

    /** Runtime in seconds of each job, by name. */
    private Map<String, Double> runtimes(Scenario s) {
        Map<String, Double> byName = new TreeMap<>();
        RunObserver observer = new RunObserver() {
            @Override
            public void jobFinished(JobOutcome o) {
                byName.put(o.job().labels().name(), SimTime.toSeconds(o.endTime() - o.startTime()));
            }
        };
        ScenarioRunner.run(s, dir, List.of(observer));
        return byName;
    }

    private static NumaTriad triad(int cpu, int memory, double seconds) {
        return new NumaTriad(cpu, memory, new KernelResult("triad", 1 << 25, 1e9, 2.0 * (1 << 25), seconds));
    }

    @Test
    void shouldSendEveryMessageInTheTimeTheFittedProfilePredicts() throws IOException {
        // Eager up to 8 KiB, then a rendezvous step: the fit finds two pieces.
        Path file = profile("ib.yaml", b -> b <= 8192 ? 2e-6 + b / 10e9 : 6e-6 + b / 12.5e9, List.of());
        PiecewiseLinear fitted = ProfileReader.read(file).pointToPoint().model();
        assertEquals(2, fitted.pieces().size(), fitted.toString());
        Interconnect net = scenario("xeon-2s", "{profile: calib/ib.yaml}").hardware().platform(2, dir)
                .machine().interconnect();
        for (long bytes = 0; bytes <= 1L << 24; bytes = bytes < 16 ? bytes + 1 : bytes * 5 / 4) {
            assertSameTime(fitted, net, bytes);
        }
        for (long bytes = 4090; bytes <= 16390; bytes++) {
            assertSameTime(fitted, net, bytes); // every size around the switch, wherever the fit put it
        }
        assertEquals("calibration profile calib/ib.yaml", net.source());
        assertEquals(Long.MAX_VALUE, net.eagerThreshold());
        assertEquals("calib/ib.yaml", net.name());
        Interconnect named = scenario("xeon-2s", "{from: ib-hdr, profile: calib/ib.yaml, placementGroup: false}")
                .hardware().platform(2, dir).machine().interconnect();
        assertEquals("ib-hdr", named.name());
        assertEquals(net.messageTime(64, 1, 0) + Interconnect.OUTSIDE_PLACEMENT_GROUP_LATENCY,
                named.messageTime(64, 1, 0), 1e-15, "overrides still apply on top of the profile");
    }

    private static void assertSameTime(PiecewiseLinear fitted, Interconnect net, long bytes) {
        double seconds = fitted.seconds(bytes);
        assertEquals(seconds, net.messageTime(bytes, 1, 0), 1e-9 * seconds, bytes + " B");
    }

    @Test
    void shouldSlowTheCfdJobByWhatTheCalibratedNetworkCostsPerIteration() throws IOException {
        profile("slow.yaml", b -> 50e-6 + b * 1e-9, List.of());
        double fast = runtimes(scenario("xeon-2s", "ib-hdr")).get("cfd");
        double slow = runtimes(scenario("xeon-2s", "{profile: calib/slow.yaml}")).get("cfd");
        // Per iteration, alone on a flat switch (one switch, no extra hops), the node's computation is
        // the same on both; the network parts (xeon-2s NIC 25 GB/s, so ib-hdr's port sets the pace):
        //   halo, 1 neighbour, 1 MiB = 1,048,576 B:
        //     ib-hdr     0.6 us + 1048576 / 25e9 s + rendezvous 2 x 0.6 us = 43.74304 us
        //     calibrated 50 us + 1048576 x 1e-9 s (one piece, no eager switch)  = 1098.576 us
        //   ring allreduce of 64 B over 2 nodes, 2 alpha + 2 x 32 B x beta (+ the same 32 B x gamma):
        //     ib-hdr     1.2 us + 64 / 25e9 s  = 1.20256 us
        //     calibrated 100 us + 64 x 1e-9 s  = 100.064 us
        //   difference (1098.576 - 43.74304) + (100.064 - 1.20256) = 1153.6944 us, x 1000 iterations.
        assertEquals(1.1536944, slow - fast, 1e-6 * slow, "fast " + fast + " s, slow " + slow + " s");
    }

    @Test
    void shouldChangeTheUnpinnedSlowdownAsTheMeasuredRemoteBandwidthSays() throws IOException {
        // Local triads at 1e9 B / 0.01 s = 100 GB/s, remote at 1e9 B / 0.025 s = 40 GB/s: remote factor 0.4.
        profile("numa.yaml", null, List.of(triad(0, 0, 0.01), triad(0, 1, 0.025), triad(1, 0, 0.025),
                triad(1, 1, 0.01)));
        Map<String, Double> catalog = runtimes(scenario("xeon-2s", "ib-hdr"));
        Map<String, Double> measured = runtimes(scenario("{from: xeon-2s, profile: calib/numa.yaml}", "ib-hdr"));
        // Catalog: distance 21, half the pages remote: 0.5 + 0.5 x 2.1 = 1.55. Measured: 0.5 + 0.5 / 0.4 = 1.75.
        assertEquals(1.55, catalog.get("stream-unpinned") / catalog.get("stream-pinned"), 1e-6);
        assertEquals(1.75, measured.get("stream-unpinned") / measured.get("stream-pinned"), 1e-6);
        // Pinned: 40 tasks on the busiest domain x 2e9 B / 100 GB/s = 0.8 s an iteration, 1000 iterations.
        assertEquals(800, measured.get("stream-pinned"), 1e-6 * 800);
    }

    @Test
    void shouldSayInOneLineThatTheProfileFileIsMissing() throws IOException {
        Scenario s = scenario("xeon-2s", "{profile: calib/none.yaml}");
        ScenarioException e = assertThrows(ScenarioException.class, () -> runtimes(s));
        assertEquals(dir.resolve("calib/none.yaml") + ": no such file", e.getMessage());
    }

    @Test
    void shouldSayWhatAProfileWithoutAPointToPointFitLacks() throws IOException {
        Path file = profile("numa-only.yaml", null, List.of(triad(0, 0, 0.01), triad(1, 1, 0.01)));
        Scenario s = scenario("xeon-2s", "{profile: calib/numa-only.yaml}");
        ScenarioException e = assertThrows(ScenarioException.class, () -> runtimes(s));
        assertTrue(e.getMessage().startsWith(file + ": network.pointToPoint: missing;"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void shouldEchoTheProfilesAndReadTheEchoBackToTheSamePlatform() throws Exception {
        profile("slow.yaml", b -> 50e-6 + b * 1e-9, List.of(triad(0, 0, 0.01), triad(0, 1, 0.025),
                triad(1, 0, 0.025), triad(1, 1, 0.01)));
        Scenario s = scenario("{from: xeon-2s, profile: calib/slow.yaml}",
                "{from: ib-hdr, profile: calib/slow.yaml}");
        Map<String, Object> hardware = castMap(ScenarioWriter.toMap(s).get("hardware"));
        assertEquals("calib/slow.yaml", castMap(hardware.get("interconnect")).get("profile"));
        assertEquals("calib/slow.yaml", castMap(hardware.get("nodeType")).get("profile"));
        Scenario again = loader.parse(new ObjectMapper(new YAMLFactory()).writeValueAsString(ScenarioWriter.toMap(s)),
                "written");
        Platform before = s.hardware().platform(2, dir);
        Platform after = again.hardware().platform(2, dir);
        assertEquals(before.machine().interconnect(), after.machine().interconnect());
        assertEquals(before.machine().node().numa(), after.machine().node().numa());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }
}
