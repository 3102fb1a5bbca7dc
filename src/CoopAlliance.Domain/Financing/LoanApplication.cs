using CoopAlliance.Domain.Assistance;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Dues;

namespace CoopAlliance.Domain.Financing;

/// <summary>How the committee decides: the fewest votes cast (conflicted members not counted) a decision needs.</summary>
public sealed record CommitteeRules(int MinimumVotes = 3);

/// <summary>
/// A member co-op's or a developing co-op's request to borrow from the fund, through intake → review (checklist) →
/// committee (recorded votes; a member who declared a conflict of interest does not vote and does not count) →
/// approved or declined with reasons → disbursed (a <see cref="Loan"/> is made). Each step refuses a wrong move.
/// </summary>
public sealed class LoanApplication : Entity, IVersioned
{
    private readonly List<CommitteeVote> _votes = [];
    private readonly List<LoanReferral> _referrals = [];
    private readonly List<LoanAttachment> _attachments = [];

    private LoanApplication() { }

    public LoanApplication(int? cooperativeId, int? developingCoopId, string applicantName, decimal amount, string purpose, int termMonths, Actor by, DateTimeOffset at)
    {
        if ((cooperativeId is null) == (developingCoopId is null))
        {
            throw new DomainRuleException("An application is made by one co-op: a member co-op or a developing co-op.");
        }

        if (amount <= 0 || amount != Money.RoundToCent(amount))
        {
            throw new DomainRuleException("Ask for an amount in dollars and cents, above $0.00.");
        }

        if (termMonths is < 1 or > LoanTerms.MaxMonths)
        {
            throw DomainRuleException.Format("A loan is repaid over 1 to {0} months.", LoanTerms.MaxMonths);
        }

        CooperativeId = cooperativeId;
        DevelopingCoopId = developingCoopId;
        ApplicantName = Require.Text(applicantName, "Say which co-op applies.");
        Amount = amount;
        Purpose = Require.Text(purpose, "Say what the loan is for.");
        TermMonths = termMonths;
        Status = ApplicationStatus.Intake;
        SubmittedBy = by.Name;
        SubmittedAt = at;
    }

    public int? CooperativeId { get; private set; }
    public int? DevelopingCoopId { get; private set; }
    public string ApplicantName { get; private set; } = "";
    public decimal Amount { get; private set; }
    public string Purpose { get; private set; } = "";
    public int TermMonths { get; private set; }
    public ApplicationStatus Status { get; private set; }
    public ReviewItem Checklist { get; private set; }
    public string SubmittedBy { get; private set; } = "";
    public DateTimeOffset SubmittedAt { get; private set; }
    public string? ReviewedBy { get; private set; }

    /// <summary>The committee's decision and its reasons (required when declined).</summary>
    public string? DecisionReasons { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecidedBy { get; private set; }
    public int VotesFor { get; private set; }
    public int VotesAgainst { get; private set; }
    public int VotesAbstaining { get; private set; }

    /// <summary>The approved terms (principal, rate, months, grace, interest-only, first due date).</summary>
    public decimal? ApprovedPrincipal { get; private set; }
    public decimal? ApprovedRatePercent { get; private set; }
    public int? ApprovedAmortizingMonths { get; private set; }
    public int? ApprovedGraceMonths { get; private set; }
    public int? ApprovedInterestOnlyMonths { get; private set; }
    public DateOnly? ApprovedFirstDueOn { get; private set; }
    public int Version { get; set; }

    public IReadOnlyCollection<CommitteeVote> Votes => _votes;
    public IReadOnlyCollection<LoanReferral> Referrals => _referrals;
    public IReadOnlyCollection<LoanAttachment> Attachments => _attachments;

    public LoanTerms? ApprovedTerms => ApprovedPrincipal is { } p
        ? new LoanTerms(p, ApprovedRatePercent!.Value, ApprovedAmortizingMonths!.Value, ApprovedFirstDueOn!.Value, ApprovedGraceMonths ?? 0, ApprovedInterestOnlyMonths ?? 0)
        : null;

    public void StartReview(Actor by)
    {
        Expect(ApplicationStatus.Intake, "start its review");
        Status = ApplicationStatus.InReview;
        ReviewedBy = by.Name;
    }

    public void Tick(ReviewItem items, bool done)
    {
        Expect(ApplicationStatus.InReview, "change its review checklist");
        Checklist = done ? Checklist | (items & ReviewItem.All) : Checklist & ~items;
    }

    public bool IsReviewComplete => (Checklist & ReviewItem.All) == ReviewItem.All;

    public void SendToCommittee()
    {
        Expect(ApplicationStatus.InReview, "send it to the committee");
        if (!IsReviewComplete)
        {
            var missing = FinancingWords.Checklist.Where(i => !Checklist.HasFlag(i)).Select(i => i.Describe().ToLowerInvariant());
            throw DomainRuleException.Format("The review is not finished: {0}.", string.Join(", ", missing));
        }

        Status = ApplicationStatus.Committee;
    }

    /// <summary>A committee member declares a conflict of interest: they do not vote and are not counted.</summary>
    public void DeclareConflict(Actor member, string? note, DateTimeOffset at)
    {
        Expect(ApplicationStatus.Committee, "record a conflict of interest");
        var existing = VoteOf(member);
        if (existing is { Choice: not null })
        {
            throw DomainRuleException.Format("{0} has voted already; a conflict of interest is declared before voting.", member.Name);
        }

        if (existing is null)
        {
            _votes.Add(new CommitteeVote(member, null, true, note, at));
        }
    }

    public void Vote(Actor member, VoteChoice choice, DateTimeOffset at)
    {
        Expect(ApplicationStatus.Committee, "vote on it");
        var existing = VoteOf(member);
        if (existing is { ConflictOfInterest: true })
        {
            throw DomainRuleException.Format("{0} declared a conflict of interest and does not vote on this application.", member.Name);
        }

        if (existing is not null)
        {
            throw DomainRuleException.Format("{0} has voted already.", member.Name);
        }

        _votes.Add(new CommitteeVote(member, choice, false, null, at));
    }

    /// <summary>
    /// Closes the vote: approved when more than half of the votes cast by members without a conflict are for, with at
    /// least <see cref="CommitteeRules.MinimumVotes"/> cast. Approval needs terms; a decline needs reasons.
    /// </summary>
    public bool Decide(CommitteeRules rules, LoanTerms? terms, string? reasons, Actor by, DateTimeOffset at)
    {
        Expect(ApplicationStatus.Committee, "decide on it");
        var cast = _votes.Where(v => !v.ConflictOfInterest && v.Choice is not null).ToList();
        if (cast.Count < rules.MinimumVotes)
        {
            throw DomainRuleException.Format("The committee decides with at least {0} votes from members without a conflict of interest; {1} so far.", rules.MinimumVotes, cast.Count);
        }

        VotesFor = cast.Count(v => v.Choice == VoteChoice.For);
        VotesAgainst = cast.Count(v => v.Choice == VoteChoice.Against);
        VotesAbstaining = cast.Count(v => v.Choice == VoteChoice.Abstain);
        var approved = VotesFor * 2 > cast.Count;
        if (approved)
        {
            if (terms is null)
            {
                throw new DomainRuleException("The committee approved the loan: record the terms (amount, rate, months, first due date).");
            }

            terms.Check();
            if (terms.Principal > Amount)
            {
                throw DomainRuleException.Format("The committee can lend up to the {0} asked for.", Money.Format(Amount));
            }

            ApprovedPrincipal = terms.Principal;
            ApprovedRatePercent = terms.AnnualRatePercent;
            ApprovedAmortizingMonths = terms.AmortizingMonths;
            ApprovedGraceMonths = terms.GraceMonths;
            ApprovedInterestOnlyMonths = terms.InterestOnlyMonths;
            ApprovedFirstDueOn = terms.FirstDueOn;
            DecisionReasons = string.IsNullOrWhiteSpace(reasons) ? null : reasons.Trim();
            Status = ApplicationStatus.Approved;
        }
        else
        {
            DecisionReasons = Require.Text(reasons, "The committee declined the loan: give the reasons, the co-op will read them.");
            Status = ApplicationStatus.Declined;
        }

        DecidedAt = at;
        DecidedBy = by.Name;
        return approved;
    }

    /// <summary>Pays the approved amount out of the fund; refused when the fund does not hold that much cash.</summary>
    public Loan Disburse(DateOnly on, decimal cashAvailable, Actor by, DateTimeOffset at)
    {
        Expect(ApplicationStatus.Approved, "disburse it");
        var terms = ApprovedTerms!;
        if (terms.Principal > cashAvailable)
        {
            throw DomainRuleException.Format("The fund holds {0} in cash; it cannot pay out {1}.", Money.Format(cashAvailable), Money.Format(terms.Principal));
        }

        if (on >= terms.FirstDueOn)
        {
            throw new DomainRuleException("The money is paid out before the first payment falls due.");
        }

        Status = ApplicationStatus.Disbursed;
        return new Loan(this, terms, on, by, at);
    }

    public LoanReferral Refer(string lender, DateOnly on, Actor by)
    {
        var referral = new LoanReferral(lender, on, by);
        _referrals.Add(referral);
        return referral;
    }

    public void Attach(LoanAttachmentKind kind, string fileName, byte[] data, Actor by, DateTimeOffset at)
    {
        if (Status is not (ApplicationStatus.Intake or ApplicationStatus.InReview))
        {
            throw new DomainRuleException("Documents are added while the application is in intake or review.");
        }

        if (_attachments.Count >= AttachmentPolicy.MaxPerRequest)
        {
            throw DomainRuleException.Format("An application carries at most {0} files.", AttachmentPolicy.MaxPerRequest);
        }

        var name = AttachmentPolicy.CleanFileName(fileName);
        var contentType = AttachmentPolicy.Check(name, data);
        _attachments.Add(new LoanAttachment(kind, name, contentType, data, by, at));
    }

    private CommitteeVote? VoteOf(Actor member) =>
        _votes.FirstOrDefault(v => member.UserId is { } id ? v.UserId == id : v.MemberName == member.Name);

    private void Expect(ApplicationStatus status, string what)
    {
        if (Status != status)
        {
            throw DomainRuleException.Format("The application is {0}; only one {1} can {2}.", new DomainWord(Describe(Status)), new DomainWord(Describe(status)), new DomainWord(what));
        }
    }

    public static string Describe(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Intake => "at intake",
        ApplicationStatus.InReview => "in review",
        ApplicationStatus.Committee => "before the committee",
        ApplicationStatus.Approved => "approved",
        ApplicationStatus.Declined => "declined",
        ApplicationStatus.Disbursed => "disbursed",
        _ => status.ToString(),
    };
}

/// <summary>A committee member's vote, or their declared conflict of interest (then no vote).</summary>
public sealed class CommitteeVote : Entity
{
    private CommitteeVote() { }

    internal CommitteeVote(Actor member, VoteChoice? choice, bool conflict, string? note, DateTimeOffset at)
    {
        UserId = member.UserId;
        MemberName = member.Name;
        Choice = choice;
        ConflictOfInterest = conflict;
        ConflictNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        At = at;
    }

    public int LoanApplicationId { get; private set; }
    public int? UserId { get; private set; }
    public string MemberName { get; private set; } = "";
    public VoteChoice? Choice { get; private set; }
    public bool ConflictOfInterest { get; private set; }
    public string? ConflictNote { get; private set; }
    public DateTimeOffset At { get; private set; }
}

/// <summary>An application sent on to a partner lender, and what came of it.</summary>
public sealed class LoanReferral : Entity
{
    private LoanReferral() { }

    internal LoanReferral(string lender, DateOnly on, Actor by)
    {
        Lender = Require.Text(lender, "Name the partner lender.");
        ReferredOn = on;
        ReferredBy = by.Name;
        Outcome = ReferralOutcome.Pending;
    }

    public int LoanApplicationId { get; private set; }
    public string Lender { get; private set; } = "";
    public DateOnly ReferredOn { get; private set; }
    public string ReferredBy { get; private set; } = "";
    public ReferralOutcome Outcome { get; private set; }
    public string? OutcomeNote { get; private set; }

    public void RecordOutcome(ReferralOutcome outcome, string? note)
    {
        Outcome = outcome;
        OutcomeNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }
}

/// <summary>A business plan, financial statements or another document, checked by the same rules as assistance attachments.</summary>
public sealed class LoanAttachment : Entity
{
    private LoanAttachment() { }

    internal LoanAttachment(LoanAttachmentKind kind, string fileName, string contentType, byte[] data, Actor by, DateTimeOffset at)
    {
        Kind = kind;
        FileName = fileName;
        ContentType = contentType;
        SizeBytes = data.Length;
        UploadedBy = by.Name;
        UploadedAt = at;
        Content = new LoanAttachmentContent(data);
    }

    public int LoanApplicationId { get; private set; }
    public LoanAttachmentKind Kind { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long SizeBytes { get; private set; }
    public string UploadedBy { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }
    public LoanAttachmentContent? Content { get; private set; }
}

/// <summary>The bytes of a loan document, in their own table so lists never load them.</summary>
public sealed class LoanAttachmentContent
{
    private LoanAttachmentContent() { }

    public LoanAttachmentContent(byte[] data) => Data = data;

    public int LoanAttachmentId { get; private set; }
    public byte[] Data { get; private set; } = [];
}
