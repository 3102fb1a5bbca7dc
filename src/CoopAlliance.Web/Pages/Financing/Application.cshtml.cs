using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Financing;
using CoopAlliance.Domain.Dues;
using CoopAlliance.Domain.Financing;
using CoopAlliance.Web.Pages.Shared;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Financing;

/// <summary>
/// One application for the committee: the review checklist (and sending it to the committee), the members' votes
/// (or a declared conflict of interest), closing the vote — approved with terms or declined with reasons, confirmed
/// first — disbursing an approved loan (confirmed first), referrals to partner lenders, and the documents.
/// </summary>
public sealed class ApplicationModel(IMediator mediator, AllianceClock clock) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public int? Version { get; set; }
    [BindProperty] public List<ReviewItem> Done { get; set; } = [];
    [BindProperty] public bool SendToCommittee { get; set; }
    [BindProperty] public VoteChoice? Choice { get; set; }
    [BindProperty] public bool Conflict { get; set; }
    [BindProperty] public string? ConflictNote { get; set; }
    [BindProperty] public DecisionForm Decision { get; set; } = new();
    [BindProperty] public DateOnly? DisburseOn { get; set; }
    [BindProperty] public string? Lender { get; set; }
    [BindProperty] public bool Confirmed { get; set; }

    public ApplicationDto Application { get; private set; } = null!;
    public ConfirmDecisionModel? Confirm { get; private set; }

    public IReadOnlyList<VoteDto> Cast => Application.Votes.Where(v => !v.ConflictOfInterest && v.Choice is not null).ToList();
    public int For => Cast.Count(v => v.Choice == VoteChoice.For);

    /// <summary>As the votes stand: approved when most votes cast (by members without a conflict) are for.</summary>
    public bool WouldApprove => For * 2 > Cast.Count;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Decision = new DecisionForm
        {
            Principal = Application.Amount,
            AnnualRatePercent = 3m,
            AmortizingMonths = Application.TermMonths,
            FirstDueOn = clock.Today.AddMonths(1),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostReviewAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var notDone = FinancingWords.Checklist.Except(Done).ToList();
        var (ok, _) = await TrySendAsync(new ReviewLoanApplication(Id, Version!.Value, Done, notDone, SendToCommittee), "");
        if (!ok)
        {
            return Page();
        }

        Flash(SendToCommittee ? $"{Application.ApplicantName}'s application is with the committee." : "The review is saved.");
        return Back();
    }

    public async Task<IActionResult> OnPostVoteAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var (ok, _) = await TrySendAsync(new RecordCommitteeVote(Id, Conflict ? null : Choice, Conflict, ConflictNote), "");
        if (!ok)
        {
            return Page();
        }

        Flash(Conflict ? "Your conflict of interest is recorded: you do not vote on this application." : "Your vote is recorded.");
        return Back();
    }

    public async Task<IActionResult> OnPostDecideAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (WouldApprove && Decision.FirstDueOn is null)
        {
            ModelState.AddModelError("Decision.FirstDueOn", "Give the first payment's due date.");
        }

        if (!WouldApprove && string.IsNullOrWhiteSpace(Decision.Reasons))
        {
            ModelState.AddModelError("Decision.Reasons", "The committee declined the loan: give the reasons, the co-op will read them.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var terms = WouldApprove
            ? new TermsDto(Decision.Principal ?? 0, Decision.AnnualRatePercent ?? 0, Decision.AmortizingMonths ?? 0, Decision.GraceMonths ?? 0,
                Decision.InterestOnlyMonths ?? 0, Decision.FirstDueOn!.Value)
            : null;
        if (!Confirmed)
        {
            var c = CultureInfo.InvariantCulture;
            string? Text(decimal? d) => d?.ToString(c);
            string? Whole(int? i) => i?.ToString(c);
            Confirm = new ConfirmDecisionModel(
                WouldApprove ? $"Approve {Money.Format(terms!.Principal)} for {Application.ApplicantName}?" : $"Decline {Application.ApplicantName}'s application?",
                [
                    $"The vote: {For} for, {Cast.Count(v => v.Choice == VoteChoice.Against)} against, {Cast.Count(v => v.Choice == VoteChoice.Abstain)} abstaining.",
                    WouldApprove
                        ? $"Terms: {Money.Format(terms!.Principal)} at {terms.AnnualRatePercent:0.##}% a year over {terms.AmortizingMonths} months, first due {terms.FirstDueOn:MMM d, yyyy}" +
                          $"{(terms.GraceMonths > 0 ? $", {terms.GraceMonths} months' grace" : "")}{(terms.InterestOnlyMonths > 0 ? $", {terms.InterestOnlyMonths} months interest only" : "")}."
                        : "The co-op reads the reasons on its Loans page.",
                    "The decision is final and recorded in the application's history.",
                ],
                WouldApprove ? "Yes, approve the loan" : "Yes, decline", Url.Page("/Financing/Application", new { id = Id })!,
                Url.Page("/Financing/Application", "Decide", new { id = Id })!,
                [
                    ConfirmDecisionModel.Field("Confirmed", "true"), ConfirmDecisionModel.Field("Version", Whole(Version)),
                    ConfirmDecisionModel.Field("Decision.Principal", Text(Decision.Principal)), ConfirmDecisionModel.Field("Decision.AnnualRatePercent", Text(Decision.AnnualRatePercent)),
                    ConfirmDecisionModel.Field("Decision.AmortizingMonths", Whole(Decision.AmortizingMonths)), ConfirmDecisionModel.Field("Decision.GraceMonths", Whole(Decision.GraceMonths)),
                    ConfirmDecisionModel.Field("Decision.InterestOnlyMonths", Whole(Decision.InterestOnlyMonths)),
                    ConfirmDecisionModel.Field("Decision.FirstDueOn", Decision.FirstDueOn?.ToString("yyyy-MM-dd", c)), ConfirmDecisionModel.Field("Decision.Reasons", Decision.Reasons),
                ])
            {
                Serious = !WouldApprove,
                Details = string.IsNullOrWhiteSpace(Decision.Reasons) ? [] : [new("Reasons", Decision.Reasons)],
            };
            return Page();
        }

        var (ok, result) = await TrySendAsync(new DecideLoanApplication(Id, Version!.Value, terms, Decision.Reasons), "");
        if (!ok)
        {
            return Page();
        }

        Flash(result.Approved ? $"Approved: {Application.ApplicantName}'s loan can be disbursed." : $"Declined: {Application.ApplicantName} can read the reasons.");
        return Back();
    }

    public async Task<IActionResult> OnPostDisburseAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!Confirmed)
        {
            var on = DisburseOn ?? clock.Today;
            Confirm = new ConfirmDecisionModel($"Disburse {Money.Format(Application.ApprovedTerms?.Principal ?? 0)} to {Application.ApplicantName}?",
                [$"The money leaves the fund on {on:MMM d, yyyy}; the loan's repayment schedule starts.", "A disbursement cannot be undone."],
                "Yes, disburse", Url.Page("/Financing/Application", new { id = Id })!, Url.Page("/Financing/Application", "Disburse", new { id = Id })!,
                [ConfirmDecisionModel.Field("Confirmed", "true"), ConfirmDecisionModel.Field("DisburseOn", on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))])
            {
                Serious = false,
            };
            return Page();
        }

        var (ok, loanId) = await TrySendAsync(new DisburseLoan(Id, DisburseOn), "");
        if (!ok)
        {
            return Page();
        }

        Flash($"Disbursed: {Application.ApplicantName}'s loan is repaying.");
        return RedirectToPage("/Financing/Loan", new { id = loanId });
    }

    public async Task<IActionResult> OnPostReferAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var (ok, _) = await TrySendAsync(new ReferLoanApplication(Id, Lender ?? "", clock.Today, null, ReferralOutcome.Pending, null), "");
        if (!ok)
        {
            return Page();
        }

        Flash($"Referral to {Lender} recorded.");
        return Back();
    }

    public async Task<IActionResult> OnPostReferralOutcomeAsync(int referralId, ReferralOutcome outcome)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var referral = Application.Referrals.FirstOrDefault(r => r.Id == referralId);
        if (referral is null)
        {
            return NotFound();
        }

        var (ok, _) = await TrySendAsync(new ReferLoanApplication(Id, referral.Lender, null, referralId, outcome, null), "");
        if (!ok)
        {
            return Page();
        }

        Flash("Referral outcome recorded.");
        return Back();
    }

    private RedirectToPageResult Back() => RedirectToPage("/Financing/Application", new { id = Id });

    private async Task<bool> LoadAsync()
    {
        if (await FindAsync(new GetLoanApplication(Id)) is not { } application)
        {
            return false;
        }

        Application = application;
        Version ??= application.Version;
        return true;
    }
}

public sealed class DecisionForm
{
    [Display(Name = "Amount lent")] public decimal? Principal { get; set; }
    [Display(Name = "Yearly rate, %")] public decimal? AnnualRatePercent { get; set; }
    [Display(Name = "Months of repayment")] public int? AmortizingMonths { get; set; }
    [Display(Name = "Grace months (nothing due)")] public int? GraceMonths { get; set; }
    [Display(Name = "Interest-only months")] public int? InterestOnlyMonths { get; set; }
    [Display(Name = "First payment due")] public DateOnly? FirstDueOn { get; set; }
    [Display(Name = "Reasons (the co-op reads them)")] public string? Reasons { get; set; }
}
