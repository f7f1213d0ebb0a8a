package org.hpcsim.scenarios.synthetic;

/**
 * The parameters of the Lublin and Feitelson rigid-job model for one class of jobs, with the
 * published sets for batch, interactive and all jobs together.
 *
 * <p>Source of every value: U. Lublin and D. G. Feitelson, "The workload on parallel
 * supercomputers: modeling the characteristics of rigid jobs", J. Parallel Distrib. Comput.
 * 63(11):1105-1122, 2003, as coded by the authors in their reference implementation
 * {@code m_lublin99.c} (Parallel Workloads Archive, models page). The names in the comments are
 * that program's constants; the published values describe a machine of 2^7 = 128 nodes.
 *
 * <p>Gamma distributions are (shape, scale): mean = shape x scale, as in the reference's
 * {@code gamrnd(alpha, beta)} and {@code gamcdf(x, alpha, beta)}.
 *
 * @param serialProb probability that a job is serial (SERIAL_PROB)
 * @param pow2Prob   probability that a job is parallel with a power-of-two size (POW2_PROB); the
 *                   remaining {@code 1 - serialProb - pow2Prob} are parallel of any size
 * @param uLow       log2 of the smallest parallel size; start of the first uniform (ULOW)
 * @param uMed       log2 size where the two uniforms meet (UMED)
 * @param uHi        log2 of the largest size; end of the second uniform (UHI)
 * @param uProb      probability of the first uniform, [uLow, uMed] (UPROB)
 * @param a1         shape of the first gamma of ln(runtime) (A1)
 * @param b1         scale of the first gamma of ln(runtime) (B1)
 * @param a2         shape of the second gamma of ln(runtime) (A2)
 * @param b2         scale of the second gamma of ln(runtime) (B2)
 * @param pa         slope of the first gamma's probability in the job's size: p = pa x size + pb (PA)
 * @param pb         intercept of that line (PB)
 * @param aArr       shape of the gamma of ln(interarrival seconds) at rush hours (AARR)
 * @param bArr       scale of that gamma (BARR)
 * @param aNum       shape of the gamma whose density over half-hour buckets is the daily cycle (ANUM)
 * @param bNum       scale of that gamma, in half-hour buckets (BNUM)
 * @param arar       arrive-rush-to-all ratio: the reference uses aArr x arar as the shape, to turn
 *                   rush-hour gaps into gaps over the whole day (ARAR)
 */
public record LublinParameters(double serialProb, double pow2Prob, double uLow, double uMed, double uHi,
                               double uProb, double a1, double b1, double a2, double b2, double pa, double pb,
                               double aArr, double bArr, double aNum, double bNum, double arar) {

    /** log2 of the machine the published values describe (UHI_BATCH = UHI = 7, 128 nodes). */
    public static final double REFERENCE_MACHINE_LOG2 = 7;

    /** Runtimes whose natural log exceeds this are redrawn: at most e^12 s, about 45 h (TOO_MUCH_TIME). */
    public static final double MAX_LOG_RUNTIME = 12;

    /** Gaps whose natural log exceeds this are redrawn: at most e^13 s, about 5 days (TOO_MUCH_ARRIVE_TIME). */
    public static final double MAX_LOG_INTERARRIVAL = 13;

    /** The day is cut into 48 half-hour buckets for the daily cycle (BUCKETS). */
    public static final int BUCKETS_PER_DAY = 48;

    /**
     * The cycle's gamma is evaluated on buckets 11 to 58, bucket i standing for half-hour
     * (i - 1) mod 48 of the day, so the fitted day runs from 05:00 to 05:00 (CYCLIC_DAY_START).
     */
    public static final int CYCLIC_DAY_START = 11;

    /** Batch jobs: the *_BATCH constants of m_lublin99.c. */
    public static final LublinParameters BATCH = new LublinParameters(
            0.2927, 0.6686,                     // SERIAL_PROB_BATCH, POW2_PROB_BATCH
            1.2, 5, 7, 0.875,                   // ULOW_BATCH, UMED_BATCH, UHI_BATCH, UPROB_BATCH
            6.57, 0.823, 639.1, 0.0156,         // A1_BATCH, B1_BATCH, A2_BATCH, B2_BATCH
            -0.003, 0.6986,                     // PA_BATCH, PB_BATCH
            6.0415, 0.8531, 6.1271, 5.2740,     // AARR_BATCH, BARR_BATCH, ANUM_BATCH, BNUM_BATCH
            1.0519);                            // ARAR_BATCH

    /** Interactive jobs: the *_ACTIVE constants of m_lublin99.c. */
    public static final LublinParameters INTERACTIVE = new LublinParameters(
            0.1541, 0.625,                      // SERIAL_PROB_ACTIVE, POW2_PROB_ACTIVE
            1, 3, 5.5, 0.705,                   // ULOW_ACTIVE, UMED_ACTIVE, UHI_ACTIVE, UPROB_ACTIVE
            3.8351, 0.6605, 7.073, 0.6856,      // A1_ACTIVE, B1_ACTIVE, A2_ACTIVE, B2_ACTIVE
            -0.0118, 0.9156,                    // PA_ACTIVE, PB_ACTIVE
            6.5510, 0.6621, 8.9186, 3.6680,     // AARR_ACTIVE, BARR_ACTIVE, ANUM_ACTIVE, BNUM_ACTIVE
            0.9797);                            // ARAR_ACTIVE

    /** All jobs fitted together, without a batch/interactive split: the unsuffixed constants. */
    public static final LublinParameters ALL_JOBS = new LublinParameters(
            0.244, 0.576,                       // SERIAL_PROB, POW2_PROB
            0.8, 4.5, 7, 0.86,                  // ULOW, UMED, UHI, UPROB
            4.2, 0.94, 312, 0.03,               // A1, B1, A2, B2
            -0.0054, 0.78,                      // PA, PB
            10.2303, 0.4871, 8.1737, 3.9631,    // AARR, BARR, ANUM, BNUM
            1.0225);                            // ARAR

    /** Rejects values the model cannot sample from. */
    public LublinParameters {
        if (!(serialProb >= 0 && pow2Prob >= 0 && serialProb + pow2Prob <= 1 + 1e-12)) {
            throw new IllegalArgumentException("serialProb and pow2Prob must be probabilities summing to at most 1");
        }
        if (!(uLow <= uMed && uMed <= uHi) || !Double.isFinite(uLow) || !Double.isFinite(uHi)) {
            throw new IllegalArgumentException("need uLow <= uMed <= uHi, got " + uLow + ", " + uMed + ", " + uHi);
        }
        if (!(uProb >= 0 && uProb <= 1)) {
            throw new IllegalArgumentException("uProb must be a probability: " + uProb);
        }
        for (double v : new double[] {a1, b1, a2, b2, aArr, bArr, aNum, bNum, arar}) {
            if (!(v > 0 && Double.isFinite(v))) {
                throw new IllegalArgumentException("gamma shapes, scales and arar must be positive and finite");
            }
        }
        if (!Double.isFinite(pa) || !Double.isFinite(pb)) {
            throw new IllegalArgumentException("pa and pb must be finite");
        }
    }

    /**
     * These parameters moved to a machine of {@code processors} processors the way the reference
     * is meant to be adapted (its UHI is log2 of the system size): uHi and uMed shift by
     * log2(processors) - 7, keeping the published distance between them, while uLow, the smallest
     * parallel job, stays; on a machine too small for that, uLow and uMed are pulled down to uHi.
     */
    public LublinParameters forMachine(int processors) {
        if (processors < 1) {
            throw new IllegalArgumentException("machine must have at least one processor: " + processors);
        }
        double shift = log2(processors) - REFERENCE_MACHINE_LOG2;
        double hi = uHi + shift;
        double low = Math.min(uLow, hi);
        double med = Math.max(low, Math.min(hi, uMed + shift));
        return new LublinParameters(serialProb, pow2Prob, low, med, hi, uProb, a1, b1, a2, b2, pa, pb, aArr, bArr,
                aNum, bNum, arar);
    }

    /** log2 of {@code n}, exact for powers of two so that their machines get an integral uHi. */
    static double log2(int n) {
        return Integer.bitCount(n) == 1 ? Integer.numberOfTrailingZeros(n) : StrictMath.log(n) / StrictMath.log(2);
    }

    /** The shape the reference actually samples interarrival logs with: AARR x ARAR. */
    public double arrivalShape() {
        return aArr * arar;
    }
}
