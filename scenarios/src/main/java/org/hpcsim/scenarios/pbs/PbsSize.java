package org.hpcsim.scenarios.pbs;

import java.util.HashSet;
import java.util.Set;

/**
 * The size of a job as one of PBS's resource syntaxes gives it; -1 for what the syntax does not
 * say. Sums are longs; the caller checks they fit a job.
 *
 * @param processors CPUs in all
 * @param nodes      chunks, nodes or hosts
 * @param gpus       GPUs in all
 * @param memoryKb   memory in all, KB
 */
record PbsSize(long processors, long nodes, long gpus, long memoryKb) {

    /**
     * PBS Pro's {@code Resource_List.select}: chunks {@code [N:]res=value[:res=value...]} joined by
     * '+', N defaulting to 1 and a chunk's ncpus to 1 (PBS's default chunk); nodes are the chunks.
     * Memory is known only when every chunk gives {@code mem}.
     */
    static PbsSize ofSelect(String key, String select) {
        long processors = 0;
        long nodes = 0;
        long gpus = 0;
        long memory = 0;
        boolean memoryKnown = true;
        try {
            for (String chunk : select.split("\\+", -1)) {
                String[] parts = chunk.split(":", -1);
                int first = 0;
                long count = 1;
                if (!parts[0].contains("=")) {
                    count = PbsValues.count(key, parts[0]);
                    first = 1;
                }
                long ncpus = 1;
                long ngpus = 0;
                long mem = -1;
                for (int i = first; i < parts.length; i++) {
                    String p = parts[i];
                    if (p.startsWith("ncpus=")) {
                        ncpus = PbsValues.count(key, p.substring(6));
                    } else if (p.startsWith("ngpus=")) {
                        ngpus = PbsValues.count(key, p.substring(6));
                    } else if (p.startsWith("mem=")) {
                        mem = PbsValues.kilobytes(key, p.substring(4));
                    }
                }
                processors = Math.addExact(processors, Math.multiplyExact(count, ncpus));
                nodes = Math.addExact(nodes, count);
                gpus = Math.addExact(gpus, Math.multiplyExact(count, ngpus));
                memoryKnown &= mem >= 0;
                memory = memoryKnown ? Math.addExact(memory, Math.multiplyExact(count, mem)) : -1;
            }
        } catch (ArithmeticException e) {
            throw new PbsProblem(key + " is out of range: '" + select + "'");
        }
        return new PbsSize(processors, nodes, gpus, memory);
    }

    /**
     * Torque's {@code Resource_List.nodes}: specs {@code N[:ppn=P][:gpus=G][:feature...]} or
     * {@code hostname[:ppn=P]...} joined by '+'; a host name counts one node, ppn defaults to 1.
     */
    static PbsSize ofNodes(String key, String spec) {
        long processors = 0;
        long nodes = 0;
        long gpus = 0;
        try {
            for (String part : spec.split("\\+", -1)) {
                String[] props = part.split(":", -1);
                long count = allDigits(props[0]) ? PbsValues.count(key, props[0]) : 1;
                long ppn = 1;
                long perNodeGpus = 0;
                for (int i = 1; i < props.length; i++) {
                    if (props[i].startsWith("ppn=")) {
                        ppn = PbsValues.count(key, props[i].substring(4));
                    } else if (props[i].startsWith("gpus=")) {
                        perNodeGpus = PbsValues.count(key, props[i].substring(5));
                    }
                }
                processors = Math.addExact(processors, Math.multiplyExact(count, ppn));
                nodes = Math.addExact(nodes, count);
                gpus = Math.addExact(gpus, Math.multiplyExact(count, perNodeGpus));
            }
        } catch (ArithmeticException e) {
            throw new PbsProblem(key + " is out of range: '" + spec + "'");
        }
        return new PbsSize(processors, nodes, gpus, -1);
    }

    /**
     * {@code exec_host}: {@code host/cpus} joined by '+', where cpus is an index ({@code 0}, one
     * CPU), PBS Pro's {@code index*count}, Torque's range {@code 0-3}, or a comma list of those;
     * a host without '/' counts one CPU. Nodes are the distinct hosts.
     */
    static PbsSize ofExecHost(String key, String execHost) {
        Set<String> hosts = new HashSet<>();
        long processors = 0;
        try {
            for (String part : execHost.split("\\+", -1)) {
                int slash = part.indexOf('/');
                String host = slash < 0 ? part : part.substring(0, slash);
                if (host.isEmpty()) {
                    throw new PbsProblem(key + " has an empty host name: '" + execHost + "'");
                }
                hosts.add(host);
                processors = Math.addExact(processors, slash < 0 ? 1 : cpus(key, part.substring(slash + 1)));
            }
        } catch (ArithmeticException e) {
            throw new PbsProblem(key + " is out of range: '" + execHost + "'");
        }
        return new PbsSize(processors, hosts.size(), -1, -1);
    }

    private static long cpus(String key, String list) {
        long n = 0;
        for (String item : list.split(",", -1)) {
            int star = item.indexOf('*');
            int dash = item.indexOf('-');
            if (star >= 0) {
                PbsValues.count(key, item.substring(0, star));
                n += PbsValues.count(key, item.substring(star + 1));
            } else if (dash >= 0) {
                long from = PbsValues.count(key, item.substring(0, dash));
                long to = PbsValues.count(key, item.substring(dash + 1));
                if (to < from) {
                    throw new PbsProblem(key + " has a backward range: '" + item + "'");
                }
                n += to - from + 1;
            } else {
                PbsValues.count(key, item);
                n++;
            }
        }
        return n;
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
