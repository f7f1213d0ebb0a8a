package org.hpcsim.models.hardware;

/** The arithmetic a kernel runs in, which selects the peak a roofline takes. */
public enum Precision {
    /** IEEE double precision on the vector units (no tensor cores). */
    FP64,
    /** Double precision on tensor cores (A100 and later). */
    FP64_TENSOR,
    /** IEEE single precision. */
    FP32,
    /** bfloat16 on tensor cores, dense (no structured sparsity). */
    BF16
}
