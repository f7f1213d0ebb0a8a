package org.hpcsim.scenarios.slurmconf;

import static org.hpcsim.scenarios.slurmconf.ConfFiles.error;
import static org.hpcsim.scenarios.slurmconf.ConfFiles.read;
import static org.hpcsim.scenarios.slurmconf.ConfFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hpcsim.scenarios.InputNotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** slurm.conf's syntax: comments, case, blanks, quotes, continuations and Include files. */
class ConfSyntaxTest {
    @TempDir
    Path dir;

    @Test
    void shouldSkipCommentsAndBlankLines() {
        SlurmConf conf = read(dir, "# a comment", "", "   ", "ClusterName=alpha # trailing comment", "\t# indented");
        assertEquals(Optional.of("alpha"), conf.clusterName());
        assertEquals(List.of(), conf.ignored());
    }

    @Test
    void shouldReadAnEscapedHashAsPartOfTheValue() {
        SlurmConf conf = read(dir, "ClusterName=a\\#1");
        assertEquals(Optional.of("a#1"), conf.clusterName());
    }

    @Test
    void shouldReadKeysInAnyCase() {
        SlurmConf conf = read(dir, "clustername=alpha", "SCHEDULERTYPE=sched/builtin", "nodename=n1 cpus=4",
                "partitionname=p nodes=n1 maxtime=10");
        assertEquals(Optional.of("alpha"), conf.clusterName());
        assertEquals("sched/builtin", conf.scheduling().schedulerType());
        assertEquals(4, conf.nodes().get(0).cpus());
        assertEquals(List.of("n1"), conf.partitions().get(0).nodes());
    }

    @Test
    void shouldKeepNodeAndPartitionNamesCaseSensitive() {
        SlurmConf conf = read(dir, "NodeName=Node1", "PartitionName=Batch Nodes=Node1");
        assertEquals("Node1", conf.nodes().get(0).name());
        assertEquals("Batch", conf.partitions().get(0).name());
        String message = error(() -> read(dir, "NodeName=Node1", "PartitionName=Batch Nodes=node1"));
        assertTrue(message.contains("names node1, which no NodeName line defines"), message);
    }

    @Test
    void shouldSplitPairsOnBlanksAndTabs() {
        SlurmConf conf = read(dir, "NodeName=n1\tCPUs=8   RealMemory=1000");
        assertEquals(8, conf.nodes().get(0).cpus());
        assertEquals(1000, conf.nodes().get(0).realMemoryMb());
    }

    @Test
    void shouldReadBlanksAroundTheEqualsSignAsSlurmctldDoes() {
        // parse_config.c's pattern: key, blanks, '=', blanks, value (a production ARCHER2 file writes so).
        SlurmConf conf = read(dir, "ClusterName = alpha", "NodeName =n1 CPUs= 8", "PartitionName=p Nodes=n1");
        assertEquals(Optional.of("alpha"), conf.clusterName());
        assertEquals(8, conf.nodes().get(0).cpus());
        assertEquals(List.of(), conf.ignored());
    }

    @Test
    void shouldReadALatin1CommentAsSlurmctldSkipsIt() throws java.io.IOException {
        Path f = dir.resolve("slurm.conf");
        java.nio.file.Files.write(f, "NodeName=n1 CPUs=4\n# r\u00e9seau\nPartitionName=p Nodes=n1\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        SlurmConf conf = SlurmConfReader.read(f);
        assertEquals(4, conf.nodes().get(0).cpus());
        assertEquals(List.of("n1"), conf.partitions().get(0).nodes());
    }

    @Test
    void shouldRefuseAByteOrderMarkInOneLineAsSlurmctldCannotParseIt() throws java.io.IOException {
        Path f = dir.resolve("slurm.conf");
        java.nio.file.Files.write(f, "\uFEFFNodeName=n1\nPartitionName=p Nodes=n1\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("slurm.conf:1: starts with a UTF-8 byte-order mark, which slurmctld cannot parse (save the file"
                + " without it)", error(() -> SlurmConfReader.read(f)));
    }

    @Test
    void shouldKeepBlanksInsideQuotedValues() {
        SlurmConf conf = read(dir, "NodeName=n1", "PartitionName=p Nodes=n1 TRESBillingWeights=\"CPU=1.0, Mem=0.25G\"");
        assertEquals(Optional.of("CPU=1.0, Mem=0.25G"), conf.partitions().get(0).tresBillingWeights());
    }

    @Test
    void shouldJoinLinesEndingInABackslash() {
        SlurmConf conf = read(dir, "NodeName=n1 \\", "   CPUs=8 \\", "   RealMemory=64000", "ClusterName=x");
        assertEquals(8, conf.nodes().get(0).cpus());
        assertEquals(64000, conf.nodes().get(0).realMemoryMb());
        assertEquals(Optional.of("x"), conf.clusterName());
    }

    @Test
    void shouldReportTheLineOfTheBadPairOnAContinuedLine() {
        String message = error(() -> read(dir, "NodeName=n1 \\", "  CPUs=eight"));
        assertEquals("slurm.conf:2: CPUs=eight is not a whole number (a whole number 1..65535)", message);
    }

    @Test
    void shouldRejectAWordThatIsNotAPair() {
        assertEquals("slurm.conf:1: 'CPUs' is not a Key=Value pair (write Key=Value, or Include FILE)",
                error(() -> read(dir, "NodeName=n1 CPUs")));
        assertEquals("slurm.conf:1: '=' without a key (write Key=Value)", error(() -> read(dir, "=4")));
    }

    @Test
    void shouldRejectAnUnterminatedQuote() {
        String message = error(() -> read(dir, "NodeName=n1", "PartitionName=p TRESBillingWeights=\"CPU=1"));
        assertTrue(message.startsWith("slurm.conf:2: TRESBillingWeights= has an unterminated quote"), message);
    }

    @Test
    void shouldReadIncludedFilesInPlace() {
        write(dir, "nodes.conf", "NodeName=n[1-2] CPUs=4");
        SlurmConf conf = read(dir, "ClusterName=c", "Include nodes.conf", "PartitionName=p Nodes=ALL");
        assertEquals(List.of("n1", "n2"), conf.partitions().get(0).nodes());
        assertEquals("nodes.conf", conf.nodes().get(0).at().file());
        assertEquals(1, conf.nodes().get(0).at().line());
    }

    @Test
    void shouldAcceptIncludeInLowerCaseAndAbsolutePaths() {
        Path nodes = write(dir.resolve("elsewhere"), "nodes.conf", "NodeName=n1");
        SlurmConf conf = read(dir, "include " + nodes.toAbsolutePath());
        assertEquals("n1", conf.nodes().get(0).name());
    }

    @Test
    void shouldResolveANestedIncludeBesideTheFileThatIncludesIt() {
        write(dir, "sub/a.conf", "Include b.conf");
        write(dir, "sub/b.conf", "NodeName=n1 CPUs=2");
        write(dir, "b.conf", "NodeName=n1 CPUs=4");
        SlurmConf conf = read(dir, "Include sub/a.conf");
        assertEquals(2, conf.nodes().get(0).cpus());
    }

    @Test
    void shouldReplacePercentCWithTheClusterName() {
        write(dir, "alpha_nodes.conf", "NodeName=n1");
        SlurmConf conf = read(dir, "ClusterName=alpha", "Include %c_nodes.conf");
        assertEquals("n1", conf.nodes().get(0).name());
    }

    @Test
    void shouldRejectAnIncludeCycle() {
        write(dir, "a.conf", "Include b.conf");
        write(dir, "b.conf", "Include a.conf");
        String message = error(() -> read(dir, "Include a.conf"));
        assertEquals("b.conf:1: Include of a.conf makes a cycle (a.conf -> b.conf -> a.conf; a file may not include "
                + "itself, directly or through others)", message);
    }

    @Test
    void shouldRejectAMissingIncludeFile() {
        String message = error(() -> read(dir, "ClusterName=c", "Include missing.conf"));
        assertTrue(message.startsWith("slurm.conf:2: Include missing.conf names no file"), message);
    }

    @Test
    void shouldReportAMissingSlurmConfAsNotFound() {
        Path missing = dir.resolve("nope.conf");
        assertThrows(InputNotFoundException.class, () -> SlurmConfReader.read(missing));
    }
}
