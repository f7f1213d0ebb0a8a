package org.hpcsim.scenarios;

import static org.hpcsim.models.slurm.priority.AssociationSpec.account;
import static org.hpcsim.models.slurm.priority.AssociationSpec.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.slurm.MultifactorSetup;
import org.hpcsim.models.slurm.priority.AssociationSpec;
import org.hpcsim.models.slurm.priority.MultifactorConfig;
import org.hpcsim.models.slurm.priority.MultifactorWeights;
import org.hpcsim.models.slurm.priority.PriorityFlag;
import org.hpcsim.scenarios.spec.PrioritySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code scheduler.slurm.priority}: every field read into priority/multifactor's setup, the defaults, one-line errors. */
class SlurmPriorityLoaderTest {
    private final ScenarioLoader loader = new ScenarioLoader();

    private PrioritySpec load(String priority) {
        return loader.parse(scenario(priority), "s.yaml").scheduler().slurm().priority();
    }

    private static String scenario(String priority) {
        return "cluster: {nodes: 2}\nscheduler:\n  policy: slurm\n  slurm:\n    priority:\n"
                + priority.indent(6) + "workload: {trace: t.swf}\n";
    }

    /** The one-line message bad priority settings give, without the file's name. */
    private String error(String priority) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.parse(scenario(priority), "s.yaml"));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().startsWith("s.yaml:"), e.getMessage());
        return e.getMessage().substring("s.yaml".length());
    }

    @Test
    void shouldReadEveryFieldIntoMultifactorsSetup() {
        PrioritySpec p = load("""
                type: multifactor
                weights: {age: 1000, fairshare: 10000, jobSize: 500, partition: 2000, qos: 0, assoc: 0}
                maxAge: 14-0
                decayHalfLife: 1-12
                calcPeriod: 10
                favorSmall: true
                fairTree: false
                accounts:
                  - {account: physics, shares: 40, users: [{user: alice, shares: 3}, {user: bob}]}
                  - account: chemistry
                    shares: parent
                    users: [{user: carol, shares: 0}]
                    accounts: [{account: bio, users: [{user: dave}]}]
                """);
        MultifactorSetup s = p.setup();
        MultifactorConfig c = s.config();
        assertEquals(MultifactorWeights.of(1000, 0, 10_000, 500, 2000, 0), c.weights());
        assertEquals(14 * 24 * SimTime.HOUR, c.maxAgeNanos());
        assertEquals(36 * SimTime.HOUR, c.decayHalfLifeNanos());
        assertEquals(10 * SimTime.MINUTE, c.calcPeriodNanos());
        assertTrue(c.favorSmall());
        assertEquals(Set.of(PriorityFlag.NO_FAIR_TREE), c.flags());
        // sacctmgr's root/root user association comes first, as every cluster has it.
        assertEquals(AssociationSpec.root(user("root"), account("physics", 40, user("alice", 3), user("bob", 1)),
                account("chemistry", AssociationSpec.PARENT, user("carol", 0), account("bio", 1, user("dave")))),
                s.accounts());
    }

    @Test
    void shouldReadTresWeightsByTheirSlurmNames() {
        MultifactorWeights w = load("type: multifactor\nweights: {age: 1, tres: {cpu: 1000, gres/gpu:a100: -2.5}}")
                .setup().config().weights();
        assertEquals(MultifactorWeights.of(1, 0, 0, 0, 0, 0).withTres(new java.util.TreeMap<>(
                java.util.Map.of("cpu", 1000.0, "gres/gpu:a100", -2.5))), w);
    }

    @Test
    void shouldTakeSlurmsDefaultsForWhatIsNotGiven() {
        MultifactorSetup s = load("type: multifactor\n").setup();
        // slurm.conf(5): weights 0, PriorityMaxAge 7-0, PriorityDecayHalfLife 7-0, PriorityCalcPeriod 5, Fair Tree.
        assertEquals(MultifactorConfig.defaults(), s.config());
        assertNull(s.accounts());
    }

    @Test
    void shouldBeBasicWhenTheBlockOrItsTypeIsAbsent() {
        assertSame(PrioritySpec.BASIC, load("type: priority/basic\n"));
        String none = "cluster: {nodes: 2}\nscheduler: {policy: slurm}\nworkload: {trace: t.swf}\n";
        assertSame(PrioritySpec.BASIC, loader.parse(none, "s.yaml").scheduler().slurm().priority());
        assertNull(PrioritySpec.BASIC.setup());
    }

    @Test
    void shouldRoundTimesUpToWholeMinutesAsSlurmctldDoes() {
        PrioritySpec p = load("type: multifactor\nmaxAge: 1:30\ndecayHalfLife: 2:00:01\ncalcPeriod: '0:01'\n");
        assertEquals(2 * SimTime.MINUTE, p.maxAge());
        assertEquals(121 * SimTime.MINUTE, p.decayHalfLife());
        assertEquals(SimTime.MINUTE, p.calcPeriod());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "type: fancy|: scheduler.slurm.priority.type: unknown type 'fancy' (allowed: basic, multifactor)",
        "{type: multifactor, weights: {age: -1}}|: scheduler.slurm.priority.weights.age: must be 0 or more, got -1",
        "{type: multifactor, weights: {fairshare: 4294967296}}|: scheduler.slurm.priority.weights.fairshare: must be"
            + " at most 4294967295 (slurm.conf weights are 32-bit), got 4294967296",
        "{type: multifactor, weights: {assoc: 1}}|: scheduler.slurm.priority.weights.assoc: must be 0: association"
            + " priorities are not modelled yet, so every job's assoc factor is 0",
        "{type: multifactor, weights: {tres: {cores: 5}}}|: scheduler.slurm.priority.weights.tres: 'cores' is not a"
            + " TRES the model holds (allowed: cpu, mem, node, billing, gres/gpu, gres/gpu:<type>)",
        "{type: multifactor, maxAge: soon}|: scheduler.slurm.priority.maxAge: 'soon' is not a time (minutes,"
            + " minutes:seconds, hours:minutes:seconds, days-hours, days-hours:minutes or days-hours:minutes:seconds)",
        "{type: multifactor, maxAge: UNLIMITED}|: scheduler.slurm.priority.maxAge: cannot be UNLIMITED (allowed:"
            + " minutes, minutes:seconds, hours:minutes:seconds, days-hours, days-hours:minutes or"
            + " days-hours:minutes:seconds)",
        "{type: multifactor, decayHalfLife: 0}|: scheduler.slurm.priority.decayHalfLife: must be more than 0"
            + " (slurmctld refuses PriorityDecayHalfLife=0 without a PriorityUsageResetPeriod, not modelled)",
        "{type: multifactor, calcPeriod: 0}|: scheduler.slurm.priority.calcPeriod: must be at least 1 minute, got 0",
        "{weights: {age: 1}}|: scheduler.slurm.priority.weights: is only for type multifactor (priority/basic has no"
            + " settings)",
        "{type: multifactor, accounts: [{shares: 1}]}|: scheduler.slurm.priority.accounts[0].account: is required"
            + " (the account's name)",
        "{type: multifactor, accounts: [{account: a, shares: -2}]}|: scheduler.slurm.priority.accounts[0].shares:"
            + " must be a whole number from 0 to 2147483647, or parent; got '-2'",
        "{type: multifactor, accounts: [{account: a, users: [{user: u, shares: 1.5}]}]}|:"
            + " scheduler.slurm.priority.accounts[0].users[0].shares: must be a whole number from 0 to 2147483647,"
            + " or parent; got '1.5'",
        "{type: multifactor, accounts: [{account: a, users: [{shares: 1}]}]}|:"
            + " scheduler.slurm.priority.accounts[0].users[0].user: is required (the user's name)",
        "{type: multifactor, accounts: [{account: a}, {account: a}]}|: scheduler.slurm.priority.accounts: account a"
            + " appears twice (Slurm account names are unique)",
        "{type: multifactor, accounts: [{account: a, users: [{user: u}, {user: u}]}]}|:"
            + " scheduler.slurm.priority.accounts: user u appears twice under account a",
        "{type: multifactor, accounts: [{account: root}]}|: scheduler.slurm.priority.accounts[0].account: 'root' is"
            + " the tree's own root; name the accounts under it",
    })
    void shouldNameTheFieldAndWhatIsAllowed(String priority, String message) {
        assertEquals(message, error(priority));
    }

    @Test
    void shouldRejectAnUnknownPriorityField() {
        String m = error("{type: multifactor, weight: {age: 1}}");
        assertTrue(m.contains("unknown field 'scheduler.slurm.priority.weight' (allowed here: accounts, calcPeriod,"
                + " decayHalfLife, fairTree, favorSmall, maxAge, type, weights)"), m);
    }

    @Test
    void shouldListEachAccountsUsersBeforeItsSubAccounts() {
        PrioritySpec p = new PrioritySpec(true, MultifactorWeights.none(), 0, SimTime.HOUR, SimTime.MINUTE, false,
                true, List.of(account("a", 1, account("b", 1, user("x")), user("y"))));
        assertEquals(List.of(account("a", 1, user("y"), account("b", 1, user("x")))), p.accounts());
    }
}
