using CoopAlliance.Domain.Financing;

namespace CoopAlliance.Application.Financing;

public sealed record ContributionDto(int Id, ContributionKind Kind, string Source, decimal Amount, DateOnly ReceivedOn, string? NoteTerms, string RecordedBy);

public sealed record FundDto(
    DateOnly AsOf,
    decimal Contributions,
    decimal Disbursed,
    decimal Repayments,
    decimal PrincipalRepaid,
    decimal InterestReceived,
    decimal CashAvailable,
    decimal OutstandingPrincipal,
    decimal Losses,
    decimal Capital)
{
    public static FundDto Of(DateOnly asOf, FundPosition p) =>
        new(asOf, p.Contributions, p.Disbursed, p.Received, p.PrincipalReturned, p.InterestReceived, p.CashAvailable, p.OutstandingPrincipal, p.Losses, p.Capital);
}

public sealed record ApplicationSummaryDto(
    int Id, int? CoopId, int? DevelopingCoopId, string ApplicantName, decimal Amount, string Purpose, int TermMonths,
    ApplicationStatus Status, DateTimeOffset SubmittedAt, int? LoanId);

public sealed record VoteDto(string MemberName, VoteChoice? Choice, bool ConflictOfInterest, string? ConflictNote, DateTimeOffset At);

public sealed record ReferralDto(int Id, string Lender, DateOnly ReferredOn, ReferralOutcome Outcome, string? OutcomeNote);

public sealed record AttachmentDto(int Id, LoanAttachmentKind Kind, string FileName, string ContentType, long SizeBytes, DateTimeOffset UploadedAt);

public sealed record ChecklistItemDto(ReviewItem Item, string Label, bool Done);

public sealed record TermsDto(decimal Principal, decimal AnnualRatePercent, int AmortizingMonths, int GraceMonths, int InterestOnlyMonths, DateOnly FirstDueOn)
{
    public static TermsDto Of(LoanTerms t) => new(t.Principal, t.AnnualRatePercent, t.AmortizingMonths, t.GraceMonths, t.InterestOnlyMonths, t.FirstDueOn);

    public LoanTerms ToTerms() => new(Principal, AnnualRatePercent, AmortizingMonths, FirstDueOn, GraceMonths, InterestOnlyMonths);
}

public sealed record ApplicationDto(
    int Id, int? CoopId, int? DevelopingCoopId, string ApplicantName, decimal Amount, string Purpose, int TermMonths,
    ApplicationStatus Status, DateTimeOffset SubmittedAt, string SubmittedBy,
    IReadOnlyList<ChecklistItemDto> Checklist, IReadOnlyList<VoteDto> Votes, string? DecisionReasons, DateTimeOffset? DecidedAt,
    TermsDto? ApprovedTerms, IReadOnlyList<ReferralDto> Referrals, IReadOnlyList<AttachmentDto> Attachments, int? LoanId, int Version)
{
    public static ApplicationDto Of(LoanApplication a, int? loanId, bool staff) => new(
        a.Id, a.CooperativeId, a.DevelopingCoopId, a.ApplicantName, a.Amount, a.Purpose, a.TermMonths, a.Status, a.SubmittedAt, a.SubmittedBy,
        FinancingWords.Checklist.Select(i => new ChecklistItemDto(i, i.Describe(), a.Checklist.HasFlag(i))).ToList(),
        // Borrowers see the decision, not who voted how.
        staff ? a.Votes.OrderBy(v => v.At).Select(v => new VoteDto(v.MemberName, v.Choice, v.ConflictOfInterest, v.ConflictNote, v.At)).ToList() : [],
        a.DecisionReasons, a.DecidedAt, a.ApprovedTerms is { } t ? TermsDto.Of(t) : null,
        staff ? a.Referrals.OrderBy(r => r.ReferredOn).Select(r => new ReferralDto(r.Id, r.Lender, r.ReferredOn, r.Outcome, r.OutcomeNote)).ToList() : [],
        a.Attachments.OrderBy(x => x.UploadedAt).Select(x => new AttachmentDto(x.Id, x.Kind, x.FileName, x.ContentType, x.SizeBytes, x.UploadedAt)).ToList(),
        loanId, a.Version);
}

public sealed record ScheduleRowDto(int Number, DateOnly DueOn, InstallmentKind Kind, decimal Payment, decimal Principal, decimal Interest, decimal Balance);

public sealed record PaymentDto(int Id, DateOnly ReceivedOn, decimal Amount, decimal ToInterest, decimal ToPrincipal);

public sealed record TermsPeriodDto(DateOnly From, TermsDto Terms, string? Reason, string RecordedBy);

public sealed record LoanDto(
    int Id, int ApplicationId, int? CoopId, int? DevelopingCoopId, string BorrowerName, decimal Principal, DateOnly DisbursedOn,
    LoanStatus Status, TermsDto Terms, IReadOnlyList<TermsPeriodDto> TermsHistory, DateOnly AsOf,
    decimal PrincipalOutstanding, decimal InterestDue, decimal Arrears, DateOnly? OverdueSince, decimal Payoff,
    IReadOnlyList<PaymentDto> Payments, DateOnly? WrittenOffOn, decimal WrittenOffPrincipal, string? WriteOffReason, int Version)
{
    public static LoanDto Of(Loan l, DateOnly asOf)
    {
        var position = l.Position(asOf);
        var records = l.Payments.Where(p => p.ReceivedOn <= asOf).OrderBy(p => p.ReceivedOn).ThenBy(p => p.Id).ToList();
        var payments = records.Zip(position.Payments, (r, s) => new PaymentDto(r.Id, r.ReceivedOn, r.Amount, s.ToInterest, s.ToPrincipal)).ToList();
        return new LoanDto(l.Id, l.LoanApplicationId, l.CooperativeId, l.DevelopingCoopId, l.BorrowerName, l.Principal, l.DisbursedOn,
            l.Status(asOf), TermsDto.Of(l.CurrentTerms),
            l.TermsHistory.OrderBy(t => t.From).Select(t => new TermsPeriodDto(t.From, TermsDto.Of(t.Period.Terms), t.Reason, t.RecordedBy)).ToList(),
            asOf, position.PrincipalOutstanding, position.InterestDue, l.IsWrittenOff ? 0 : position.Arrears, l.IsWrittenOff ? null : position.OldestUnpaidDueOn,
            l.IsWrittenOff ? 0 : position.Payoff, payments, l.WrittenOffOn, l.WrittenOffPrincipal, l.WriteOffReason, l.Version);
    }
}

public sealed record LoanSummaryDto(int Id, int? CoopId, int? DevelopingCoopId, string BorrowerName, decimal Principal, DateOnly DisbursedOn,
    LoanStatus Status, decimal PrincipalOutstanding, decimal Arrears);
