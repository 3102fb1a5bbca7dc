using System.Globalization;
using CoopAlliance.Application.Audit;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Cooperatives;
using CoopAlliance.Application.Dues;
using CoopAlliance.Application.Membership;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Web.Pages.Shared;
using FluentValidation;
using FluentValidation.Results;
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
    /// <summary>A decision that changes the co-op's standing, waiting for the person to confirm it (see <see cref="NeedsConfirmation"/>).</summary>
    public MembershipTransition? Confirming { get; private set; }
    /// <summary>The "are you sure?" step for <see cref="Confirming"/>, shown with the shared _ConfirmDecision partial.</summary>
    public ConfirmDecisionModel? Confirmation { get; private set; }
    // The same calendar the domain checks the board-vote date against.
    public DateOnly Today => clock.Today;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    /// <summary>Everything the alliance holds about this co-op, as the co-op's own rep can download it (a ZIP of JSON and CSV).</summary>
    public async Task<IActionResult> OnGetExportAsync() =>
        await FindAsync(new ExportCoopData(Id)) is { } file ? File(file.Content, "application/zip", file.FileName) : NotFound();

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

    /// <summary>
    /// The decisions that take away a co-op's standing, its benefits or its vote (or its application) ask "are you sure?"
    /// on this page, naming the co-op and what follows. The API sends the same commands without asking.
    /// </summary>
    public static bool NeedsConfirmation(MembershipTransition t) =>
        t is MembershipTransition.Lapse or MembershipTransition.Decline or MembershipTransition.Suspend or MembershipTransition.Withdraw;

    /// <summary>
    /// The step staff most likely take next from what is allowed, shown as the one solid button: approve someone under
    /// review, start the review of a new applicant, reinstate a lapsed or suspended member. An active member has none:
    /// all its decisions are serious ones.
    /// </summary>
    public static MembershipTransition? ExpectedNextStep(IReadOnlyList<MembershipTransition> allowed) =>
        new[] { MembershipTransition.Approve, MembershipTransition.StartReview, MembershipTransition.Reinstate }
            .Cast<MembershipTransition?>().FirstOrDefault(t => allowed.Contains(t!.Value));

    /// <summary>The button's look: the expected next step is the solid main action; serious decisions are red outlines.</summary>
    public static string ButtonClass(MembershipTransition t, IReadOnlyList<MembershipTransition> allowed) =>
        NeedsConfirmation(t) ? "btn-outline-danger" : ExpectedNextStep(allowed) == t ? "btn-success" : "btn-outline-success";

    private async Task<IActionResult> DecideAsync(MembershipTransition transition, IMembershipTransition command)
    {
        Posted = transition;
        if (ModelState.IsValid && NeedsConfirmation(transition) && !Act.Confirmed)
        {
            if (!await LoadAsync())
            {
                return NotFound();
            }

            // Ask only about a decision that can be made as typed: a missing reason or date is shown beside its field
            // first, and a decision the co-op's status no longer allows is refused by the domain as usual.
            var failures = await FailuresAsync(command);
            foreach (var failure in failures)
            {
                ModelState.AddModelError($"Act.{failure.PropertyName}", failure.ErrorMessage);
            }

            if (failures.Count == 0 && MembershipLifecycle.CanApply(transition, Coop.Status))
            {
                Confirming = transition;
                Confirmation = Confirm(transition);
                return Page();
            }

            if (failures.Count > 0)
            {
                return Page();
            }
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

    /// <summary>The command's own validation rules (the ones sending it runs), without sending it.</summary>
    private async Task<IReadOnlyList<ValidationFailure>> FailuresAsync(IMembershipTransition command)
    {
        var context = new ValidationContext<object>(command);
        var validators = HttpContext.RequestServices.GetServices(typeof(IValidator<>).MakeGenericType(command.GetType())).OfType<IValidator>();
        var failures = new List<ValidationFailure>();
        foreach (var validator in validators)
        {
            failures.AddRange((await validator.ValidateAsync(context, HttpContext.RequestAborted)).Errors);
        }

        return failures;
    }

    private ConfirmDecisionModel Confirm(MembershipTransition t)
    {
        var name = Coop.DisplayName;
        var effective = Act.EffectiveOn ?? Today;
        var (title, yes) = t switch
        {
            MembershipTransition.Lapse => ($"Mark {name} as lapsed?", $"Yes, mark {name} as lapsed"),
            MembershipTransition.Suspend => ($"Suspend {name}?", $"Yes, suspend {name}"),
            MembershipTransition.Withdraw => ($"Withdraw {name}?", $"Yes, withdraw {name}"),
            _ => ($"Decline {name}?", $"Yes, decline {name}"),
        };
        return new ConfirmDecisionModel(title, Consequences(t, Coop, effective), yes,
            Url.Page("/Coops/Details", new { id = Id })!, Url.Page("/Coops/Details", t.ToString(), new { id = Id })!,
            [
                ConfirmDecisionModel.Field("Act.Reason", Act.Reason),
                ConfirmDecisionModel.Field("Act.EffectiveOn", Act.EffectiveOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                ConfirmDecisionModel.Field("Act.Confirmed", "true"),
            ])
        {
            Details = [new("Reason", Act.Reason?.Trim() ?? "")],
            HeadingLevel = 3,
        };
    }

    /// <summary>What a decision means for the co-op, in the words staff use: its standing, its benefits, its vote, its dues.</summary>
    public static IReadOnlyList<string> Consequences(MembershipTransition t, CoopDetail coop, DateOnly effectiveOn)
    {
        var name = coop.DisplayName;
        var wasMember = coop.Status is MembershipStatus.Active or MembershipStatus.Lapsed or MembershipStatus.Suspended;
        return t switch
        {
            MembershipTransition.Lapse =>
            [
                $"{name} is no longer in good standing: its status becomes lapsed.",
                "It loses its member benefits and its delegate's vote until it is reinstated.",
                "Dues invoices are still issued to it, and what it owes stays on its account.",
                "It is no longer listed in the public directory.",
            ],
            MembershipTransition.Suspend =>
            [
                $"{name} loses its good standing: its status becomes suspended.",
                "It loses its member benefits and its delegate's vote until it is reinstated.",
                "No dues invoices are issued while it is suspended; what it already owes stays on its account.",
                "It is no longer listed in the public directory.",
            ],
            MembershipTransition.Withdraw when wasMember =>
            [
                $"{name} stops being a member, with effect from {effectiveOn.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)}: its status becomes withdrawn.",
                "It loses its standing, its member benefits and its delegate's vote.",
                "No further dues invoices are issued; what it already owes stays on its account.",
                "To come back, it has to apply again.",
            ],
            MembershipTransition.Withdraw =>
            [
                $"{name}'s application is withdrawn, with effect from {effectiveOn.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)}: it does not become a member.",
                "It gets no standing, no member benefits and no vote.",
                "To come back, it has to apply again.",
            ],
            _ =>
            [
                $"{name}'s application is declined: it does not become a member.",
                "It gets no standing, no member benefits and no vote.",
                "The reason is kept in its membership history; the application can be reopened later.",
            ],
        };
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
