package org.xinqiao.fund;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/** What the fund's endpoints answer; money and rates are decimal strings. */
final class FundViews {

    private FundViews() {
    }

    @Serdeable
    record CommitteeView(long civilAffairsAccountId, long platformAccountId, long villageCollectiveAccountId,
                         long guardianRepresentativeAccountId) {
    }

    @Serdeable
    record RatingView(int year, Rating rating) {
    }

    @Serdeable
    record PartnerDetails(long id, String name, String platformPluginId, String expectedAnnualSales, CommitteeView committee,
                          List<RatingView> ratings, String createdAt) {
    }

    /**
     * A partner's fund for a year. {@code band}/{@code rate} are those of the year's sales so far (what the
     * year-end true-up applies); {@code provisionalBand}/{@code provisionalRate} what each sale accrues at now.
     * {@code balance} is the account's balance today, {@code reserved} what approved plans hold back from it.
     */
    @Serdeable
    record FundView(long partnerId, int year, String mode, String annualSales, String band, String rate,
                    String provisionalBand, String provisionalRate, boolean excellentLastYear, String accrued,
                    String disbursed, Map<SpendingCategory, String> disbursedByCategory, String balance, String reserved,
                    String available) {
    }

    /** The annual statement (RULES.md §5): welfare input is the year's accrual after the true-up. */
    @Serdeable
    record Statement(long partnerId, String partnerName, int year, String mode, String annualSales, String band, String rate,
                     boolean excellentLastYear, String welfareInput, String accrued, boolean trueUpDone,
                     Map<SpendingCategory, String> disbursedByCategory, String disbursed, String closingBalance,
                     String logisticsSubsidy, String taxCredit) {
    }

    @Serdeable
    record VoteView(long voterId, boolean approve, @Nullable String comment, String votedAt) {
    }

    @Serdeable
    record PlanView(long id, long partnerId, String quarter, SpendingCategory category, String amount, String disbursed,
                    String remaining, String purpose, Plan.Status status, long draftedBy, int approvals, int needed,
                    boolean civilAffairsApproved, List<VoteView> votes, String createdAt, @Nullable String decidedAt) {
    }

    @Serdeable
    record DisbursementView(long id, long planId, long partnerId, SpendingCategory category, String amount, String payee,
                            String purpose, List<Long> childIds, @Nullable String programme, String planRemaining,
                            String balance, long paidBy, String paidAt) {
    }
}
