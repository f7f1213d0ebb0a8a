package org.hpcsim.scenarios.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hpcsim.scenarios.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plan files: what is read, and each mistake as one line naming the file and field. */
class PlanLoaderTest {
    private static final List<String> METRICS = List.of("makespan", "utilization", "p95Wait", "totalCost");
    private static final List<String> METRICS_WITH_SLOWDOWN =
            List.of("makespan", "utilization", "p95Wait", "totalCost", "meanBoundedSlowdown");
    private static final String SCENARIO = "scenario:\n  name: tiny\n  cluster: {nodes: 4, coresPerNode: 8}\n"
            + "  workload:\n    synthetic: {model: poisson, jobs: 20, load: 0.5}\n";
    private static final String NODES = "  - {path: cluster.nodes, range: {from: 1, to: 16}, monotone: true}\n";

    @TempDir
    Path dir;

    private PlanSpec load(String text) throws IOException {
        return new PlanLoader(METRICS).load(Files.writeString(dir.resolve("plan.yaml"), text));
    }

    private String error(String text) throws IOException {
        Path file = Files.writeString(dir.resolve("plan.yaml"), text);
        String message = assertThrows(ScenarioException.class, () -> new PlanLoader(METRICS).load(file)).getMessage();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith(file.toString() + ": "), message);
        return message;
    }

    private static String plan(String constraints, String search) {
        return SCENARIO + "objective: {minimize: makespan}\nconstraints:\n" + constraints + "search:\n" + search;
    }

    @Test
    void shouldReadAMonotoneDimensionAndAGrid() throws IOException {
        PlanSpec p = load("name: sizing\nreplications: 3\nseed: 9\n" + plan("  - {metric: p95Wait, max: 3600}\n"
                + "  - {metric: utilization, min: 0.5}\n",
                NODES + "  - {path: scheduler.policy, values: [fcfs, easy]}\n"));
        assertEquals("sizing", p.name());
        assertEquals(3, p.replications());
        assertEquals(2, p.combinations());
        assertEquals(16, p.levels());
        assertEquals(List.of("nodes", "policy"), p.dimensions());
        assertEquals(new PlanConstraint("utilization", 0.5, false), p.constraints().get(1));
        PlanPoint point = new PlanPoint(1, 6);
        assertEquals(Map.of("nodes", "7", "policy", "easy"), p.values(point));
        assertEquals(7, p.scenario(point).cluster().nodes());
        assertEquals("easy", p.scenario(point).scheduler().policy().toString().toLowerCase());
        assertEquals("nodes=7, policy=easy", p.label(point));
    }

    @Test
    void shouldSeedEachPointAndReplicationApartUnlessSeedsAreCommon() throws IOException {
        PlanSpec p = load(plan("  - {metric: p95Wait, max: 3600}\n", NODES));
        PlanPoint a = new PlanPoint(0, 3);
        assertNotEquals(p.seedOf(a, 0), p.seedOf(a, 1));
        assertNotEquals(p.seedOf(a, 0), p.seedOf(new PlanPoint(0, 4), 0));
        assertEquals(p.seedOf(a, 1), p.scenarioOf(a, 1).seed());
        PlanSpec common = load("seeds: common\nseed: 40\n" + plan("  - {metric: p95Wait, max: 3600}\n", NODES));
        assertEquals(41, common.seedOf(new PlanPoint(0, 3), 1));
        assertEquals(41, common.seedOf(new PlanPoint(0, 9), 1));
    }

    @Test
    void shouldSortListedMonotoneValues() throws IOException {
        PlanSpec p = load(plan("  - {metric: p95Wait, max: 3600}\n",
                "  - {path: cluster.nodes, values: [16, 2, 8, 4], monotone: true}\n"));
        assertEquals(List.of(2L, 4L, 8L, 16L), p.monotone().levels());
        assertEquals(1, p.combinations());
    }

    @Test
    void shouldSearchAPlainGridWithoutAMonotoneDimension() throws IOException {
        PlanSpec p = load(plan("  - {metric: p95Wait, max: 3600}\n", "  - {path: cluster.nodes, values: [2, 4]}\n"));
        assertNull(p.monotone());
        assertEquals(2, p.combinations());
        assertEquals(4, p.scenario(new PlanPoint(1, -1)).cluster().nodes());
    }

    @Test
    void shouldNameTheAllowedMetricsForAnUnknownOne() throws IOException {
        String m = error(plan("  - {metric: p95wait, max: 3600}\n", NODES));
        assertTrue(m.endsWith("constraints[0].metric: unknown metric 'p95wait' (allowed: makespan, utilization,"
                + " p95Wait, totalCost)"), m);
        String o = error(plan("  - {metric: p95Wait, max: 3600}\n", NODES).replace("minimize: makespan",
                "minimize: cost"));
        assertTrue(o.contains("objective: unknown metric 'cost' (allowed: makespan,"), o);
    }

    @Test
    void shouldRefuseTwoMonotoneDimensionsAsALimitation() throws IOException {
        String m = error(plan("  - {metric: p95Wait, max: 3600}\n", NODES
                + "  - {path: cluster.coresPerNode, values: [8, 16], monotone: true}\n"));
        assertTrue(m.contains("search[1]: 'coresPerNode' and 'nodes' (search[0]) are both monotone; a plan bisects"
                + " one dimension at most (a limitation"), m);
    }

    @Test
    void shouldRefuseAConstraintWithBothMaxAndMin() throws IOException {
        String m = error(plan("  - {metric: utilization, max: 0.9, min: 0.5}\n", NODES));
        assertTrue(m.contains("constraints[0].max: give exactly one of max or min for metric 'utilization' (got both)"),
                m);
        String neither = error(plan("  - {metric: utilization}\n", NODES));
        assertTrue(neither.contains("(got neither)"), neither);
    }

    @Test
    void shouldRefuseAMonotoneRangeOfFractions() throws IOException {
        String m = error(plan("  - {metric: p95Wait, max: 3600}\n",
                "  - {path: cluster.nodes, range: {from: 1.5, to: 16}, monotone: true}\n"));
        assertTrue(m.contains("search[0] (nodes): a monotone range needs whole numbers from and to"), m);
        String listed = error(plan("  - {metric: p95Wait, max: 3600}\n",
                "  - {path: cluster.nodes, values: [1, 2.5], monotone: true}\n"));
        assertTrue(listed.contains("search[0] (nodes): a monotone dimension is searched by bisection over whole"
                + " numbers, got 2.5"), listed);
    }

    @Test
    void shouldRefuseAContinuousGridDimensionAndRepeatedValues() throws IOException {
        String m = error(plan("  - {metric: p95Wait, max: 3600}\n",
                "  - {path: cluster.nodes, range: {from: 1, to: 16}}\n"));
        assertTrue(m.contains("search[0] (nodes): a continuous interval cannot be searched as a grid"), m);
        String twice = error(plan("  - {metric: p95Wait, max: 3600}\n",
                NODES + "  - {path: scheduler.policy, values: [easy, easy]}\n"));
        assertTrue(twice.contains("search[1] (policy): the value \"easy\" is listed twice"), twice);
    }

    @Test
    void shouldNameUnknownDimensionFieldsWithMonotoneAmongTheAllowed() throws IOException {
        String m = error(plan("  - {metric: p95Wait, max: 3600}\n",
                "  - {path: cluster.nodes, range: {from: 1, to: 16}, monotonic: true}\n"));
        assertTrue(m.endsWith("search[0]: unknown field 'monotonic' (allowed here: integer, logRange, monotone, name,"
                + " path, range, values)"), m);
    }

    @Test
    void shouldRequireAnObjectiveAndAConstraint() throws IOException {
        String m = error(SCENARIO + "constraints:\n  - {metric: p95Wait, max: 3600}\nsearch:\n" + NODES);
        assertTrue(m.contains("objective: is required"), m);
        String c = error(SCENARIO + "objective: {minimize: makespan}\nconstraints: []\nsearch:\n" + NODES);
        assertTrue(c.contains("constraints: must list at least one constraint"), c);
    }

    @Test
    void shouldCheckEveryCombinationBindsBeforeAnythingRuns() throws IOException {
        String m = error(plan("  - {metric: p95Wait, max: 3600}\n",
                "  - {path: cluster.nodes, range: {from: 0, to: 16}, monotone: true}\n"));
        assertTrue(m.contains("point nodes=0"), m);
    }

    @Test
    void shouldLoadTheExamplePlan() {
        Path example = Path.of("examples", "plans", "hpc2n-c5n-nodes.yaml");
        PlanSpec p = new PlanLoader(METRICS_WITH_SLOWDOWN).load(example);
        assertEquals("hpc2n-c5n-nodes", p.name());
        assertEquals(4, p.combinations());
        assertEquals(63, p.levels());
        assertEquals(Path.of("examples").toAbsolutePath().normalize(), p.baseDir().normalize(),
                "the trace is found from the base scenario's folder, not the plan's");
        assertEquals("spot", p.scenario(new PlanPoint(2, 0)).cluster().pricing().capacity());
    }

    @Test
    void shouldLoadTheSpotSharePlanWithInterruptionsAtEveryShare() {
        PlanSpec p = new PlanLoader(METRICS_WITH_SLOWDOWN).load(Path.of("examples", "plans", "c5n-nodes-spot-share.yaml"));
        assertEquals(5, p.combinations());
        assertEquals(0.0, p.scenario(new PlanPoint(0, 0)).cluster().spot().share());
        assertEquals(1.0, p.scenario(new PlanPoint(4, 0)).cluster().spot().share());
    }
}
