package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hpcsim.models.slurm.priority.AssociationSpec;

/**
 * One account of {@code scheduler.slurm.priority.accounts} as the file gives it: its name, its
 * shares (sacctmgr Fairshare=), its users, then its sub-accounts.
 */
record AccountEntry(AssociationSpec spec) {
    /** The word for sacctmgr's Fairshare=parent. */
    static final String PARENT = "parent";

    @JsonCreator
    static AccountEntry fromFile(@JsonProperty("account") String account,
                                 @JsonProperty("shares") Object shares,
                                 @JsonProperty("users") List<UserEntry> users,
                                 @JsonProperty("accounts") List<AccountEntry> accounts) {
        InvalidFieldException.require(account != null && !account.isBlank(), "account", "is required (the account's name)");
        InvalidFieldException.require(!account.equals(AssociationSpec.ROOT), "account",
                "'root' is the tree's own root; name the accounts under it");
        List<AssociationSpec> children = new ArrayList<>();
        if (users != null) {
            users.forEach(u -> children.add(u.spec()));
        }
        if (accounts != null) {
            accounts.forEach(a -> children.add(a.spec()));
        }
        return new AccountEntry(new AssociationSpec(account, false, shares(shares), children));
    }

    /** Raw shares: a whole number 0 or more, or {@code parent}; 1 when absent (sacctmgr's default). */
    static int shares(Object value) {
        if (value == null) {
            return AssociationSpec.DEFAULT_SHARES;
        }
        if (value instanceof String s && s.toLowerCase(Locale.ROOT).equals(PARENT)) {
            return AssociationSpec.PARENT;
        }
        String digits = value instanceof Integer || value instanceof Long || value instanceof String ? value.toString()
                : "";
        if (digits.matches("\\d{1,10}") && Long.parseLong(digits) <= Integer.MAX_VALUE) {
            return Integer.parseInt(digits);
        }
        throw new InvalidFieldException("shares", "must be a whole number from 0 to " + Integer.MAX_VALUE
                + ", or parent; got '" + value + "'");
    }

    /** One user of an account: its name and shares. */
    record UserEntry(AssociationSpec spec) {
        @JsonCreator
        static UserEntry fromFile(@JsonProperty("user") String user, @JsonProperty("shares") Object shares) {
            InvalidFieldException.require(user != null && !user.isBlank(), "user", "is required (the user's name)");
            return new UserEntry(AssociationSpec.user(user, shares(shares)));
        }
    }
}
