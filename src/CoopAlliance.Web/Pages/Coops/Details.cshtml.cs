using CoopAlliance.Application.Audit;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Cooperatives;
using CoopAlliance.Application.Dues;
using CoopAlliance.Application.Membership;
using CoopAlliance.Domain.Cooperatives;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Coops;

/// <summary>The co-op page for staff: profile, people, membership history and decisions, audit trail.</summary>
public sealed class DetailsModel(IMediator mediator, AllianceClock clock) : AppPageModel(mediator)
{
    public const int AuditPageSize = 20;

    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty(SupportsGet = true)] public int AuditPage { get; set; } = 1;
    [BindProperty] public TransitionInput Act { get; set; } = new();

    public CoopDetail Coop { get; private set; } = null!;
    public PagedList<AuditEntryDto> Audit { get; private set; } = new([], 0, 1, AuditPageSize);
    public IReadOnlyList<AuditEntryWords> AuditWords { get; private set; } = [];
    public DuesAccountDto? Dues { get; private set; }
    /// <summary>The transition whose form was posted (its fields keep what was typed and show its errors).</summary>
    public MembershipTransition? Posted { get; private set; }
    /// <summary>A decline, suspension or withdrawal waiting for the person to confirm it.</summary>
    public MembershipTransition? Confirming { get; private set; }
    // The same calendar the domain checks the board-vote date against.
    public DateOnly Today => clock.Today;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public Task<IActionResult> OnPostStartReviewAsync() => DecideAsync(MembershipTransition.StartReview, new StartReview(Id, Act.Note));

    public Task<IActionResult> OnPostApproveAsync() =>
        DecideAsync(MembershipTransition.Approve, new ApproveApplication(Id, Act.BoardVoteOn ?? default, Act.Note));

    public Task<IActionResult> OnPostDeclineAsync() => DecideAsync(MembershipTransition.Decline, new DeclineApplication(Id, Act.Reason ?? ""));

    public Task<IActionResult> OnPostLapseAsync() => DecideAsync(MembershipTransition.Lapse, new LapseMembership(Id, Act.Reason ?? ""));

    public Task<IActionResult> OnPostReinstateAsync() => DecideAsync(MembershipTransition.Reinstate, new ReinstateMembership(Id, Act.Reason ?? ""));

    public Task<IActionResult> OnPostSuspendAsync() => DecideAsync(MembershipTransition.Suspend, new SuspendMembership(Id, Act.Reason ?? ""));

    public Task<IActionResult> OnPostWithdrawAsync() =>
        DecideAsync(MembershipTransition.Withdraw, new WithdrawMembership(Id, Act.Reason ?? "", Act.EffectiveOn ?? default));

    public Task<IActionResult> OnPostReapplyAsync() => DecideAsync(MembershipTransition.Reapply, new Reapply(Id, Act.Note));

    /// <summary>Decisions that cannot be taken back easily ask "are you sure?" first.</summary>
    public static bool NeedsConfirmation(MembershipTransition t) =>
        t is MembershipTransition.Decline or MembershipTransition.Suspend or MembershipTransition.Withdraw;

    private async Task<IActionResult> DecideAsync(MembershipTransition transition, IMembershipTransition command)
    {
        Posted = transition;
        // Without a reason there is nothing to confirm yet: sending it shows the missing reason beside its field.
        if (ModelState.IsValid && NeedsConfirmation(transition) && !Act.Confirmed && !string.IsNullOrWhiteSpace(Act.Reason))
        {
            Confirming = transition;
            return await LoadAsync() ? Page() : NotFound();
        }

        if (ModelState.IsValid)
        {
            var (ok, _) = await TrySendAsync(command, "Act");
            if (ok)
            {
                var coop = await Mediator.Send(new GetCoop(Id), HttpContext.RequestAborted);
                Flash($"{coop.DisplayName} is now {coop.Status.Describe().ToLowerInvariant()}.");
                return RedirectToPage("/Coops/Details", new { id = Id });
            }
        }

        return await LoadAsync() ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync()
    {
        var coop = await FindAsync(new GetCoop(Id));
        if (coop is null)
        {
            return false;
        }

        Coop = coop;
        Audit = await Mediator.Send(new ListAuditEntries(Id, Math.Max(1, AuditPage), AuditPageSize), HttpContext.RequestAborted);
        AuditWords = await Mediator.Send(new DescribeAuditEntries(Audit.Items), HttpContext.RequestAborted);
        Dues = await FindAsync(new GetDuesAccount(Id));
        return true;
    }

    public string ButtonText(MembershipTransition t) => t switch
    {
        MembershipTransition.StartReview => "Start review",
        MembershipTransition.Approve => "Approve",
        MembershipTransition.Decline => "Decline",
        MembershipTransition.Lapse => "Mark as lapsed",
        MembershipTransition.Reinstate => "Reinstate",
        MembershipTransition.Suspend => "Suspend",
        MembershipTransition.Withdraw => "Withdraw",
        MembershipTransition.Reapply => "Reopen the application",
        _ => t.ToString(),
    };

    public sealed class TransitionInput
    {
        public string? Reason { get; set; }
        public string? Note { get; set; }
        public DateOnly? BoardVoteOn { get; set; }
        public DateOnly? EffectiveOn { get; set; }
        public bool Confirmed { get; set; }
    }
}
