package org.hpcsim.models.slurm.priority;

import java.util.List;

/**
 * One node of a Slurm association tree as sacctmgr would describe it: an account or a user, its
 * RawShares ({@code Fairshare=N} or {@code Fairshare=parent}) and, for accounts, its children in
 * declaration order (the order Fair Tree falls back to between exact ties).
 *
 * @param name account name, or user name for a user association
 * @param isUser true for a user association (a leaf that jobs charge)
 * @param shares raw shares, {@code >= 0}, or {@link #PARENT}
 * @param children sub-accounts and users of an account; empty for a user
 */
public record AssociationSpec(String name, boolean isUser, int shares, List<AssociationSpec> children) {
    /** {@code Fairshare=parent}: use the parent's fair-share (slurmdb.h SLURMDB_FS_USE_PARENT). */
    public static final int PARENT = -1;

    /** Shares an association gets when none are given (accounting_storage_mysql.c: "shares" int default 1). */
    public static final int DEFAULT_SHARES = 1;

    /** Name of the root association, the one every account hangs from. */
    public static final String ROOT = "root";

    /** Validates names and shares; users may not have children. */
    public AssociationSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("association name must not be blank");
        }
        if (shares < 0 && shares != PARENT) {
            throw new IllegalArgumentException(name + ": shares must be >= 0 or PARENT, got " + shares);
        }
        children = List.copyOf(children);
        if (isUser && !children.isEmpty()) {
            throw new IllegalArgumentException("user " + name + " cannot have children");
        }
    }

    /** The root association holding the top-level accounts (and users directly under root). */
    public static AssociationSpec root(AssociationSpec... children) {
        return new AssociationSpec(ROOT, false, DEFAULT_SHARES, List.of(children));
    }

    /** An account with the given raw shares (or {@link #PARENT}). */
    public static AssociationSpec account(String name, int shares, AssociationSpec... children) {
        return new AssociationSpec(name, false, shares, List.of(children));
    }

    /** A user association with the given raw shares (or {@link #PARENT}). */
    public static AssociationSpec user(String name, int shares) {
        return new AssociationSpec(name, true, shares, List.of());
    }

    /** A user association with the default single share. */
    public static AssociationSpec user(String name) {
        return user(name, DEFAULT_SHARES);
    }
}
