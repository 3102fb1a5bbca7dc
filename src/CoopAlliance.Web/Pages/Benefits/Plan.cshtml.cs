using System.ComponentModel.DataAnnotations;
using CoopAlliance.Application.Benefits.Plans;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Benefits;
using CoopAlliance.Domain.Cooperatives;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Benefits;

/// <summary>Add or revise a plan and its eligibility rules (the carrier is chosen once, when the plan is added).</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = Roles.Staff)]
public sealed class PlanModel(IMediator mediator) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public PlanInput Input { get; set; } = new();

    public IReadOnlyList<CarrierDto> Carriers { get; private set; } = [];
    public string? CarrierName { get; private set; }

    /// <summary>The standings a plan may admit (an applicant or a declined co-op is no member, so never).</summary>
    public static IReadOnlyList<MembershipStatus> Standings { get; } = [MembershipStatus.Active, MembershipStatus.Lapsed, MembershipStatus.Suspended];

    public async Task<IActionResult> OnGetAsync()
    {
        if (Id is { } id)
        {
            var plan = await FindAsync(new GetPlan(id));
            if (plan is null)
            {
                return NotFound();
            }

            Input = PlanInput.From(plan);
            CarrierName = plan.CarrierName;
        }
        else
        {
            Input.Rules.Standings = [MembershipStatus.Active];
            Input.Rules.WorkerKinds = [WorkerKind.WorkerOwner, WorkerKind.NonMemberWorker];
        }

        Carriers = await Mediator.Send(new ListCarriers(), HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var i = Input;
        var r = i.Rules;
        var rules = new EligibilityRulesDto(r.Standings, r.WorkerKinds, r.MinimumHoursPerWeek ?? 0, r.WaitingDays ?? 0,
            (r.States ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => s.ToUpperInvariant()).ToList(),
            r.MinimumParticipationPercent ?? 0);
        if (Id is { } id)
        {
            var (ok, _) = await TrySendAsync(new UpdatePlan(id, i.Name ?? "", i.Kind, i.PlanCode ?? "", rules, i.LifeEventDays ?? 0, Blank(i.ContributionRule), i.Version));
            if (ok)
            {
                Flash($"Plan “{i.Name?.Trim()}” saved.");
                return RedirectToPage("/Benefits/PlanDetails", new { id });
            }
        }
        else
        {
            var (ok, newId) = await TrySendAsync(new CreatePlan(i.Name ?? "", i.Kind, i.CarrierId ?? 0, i.PlanCode ?? "", rules, i.LifeEventDays ?? 0,
                Blank(i.ContributionRule)));
            if (ok)
            {
                Flash($"Plan “{i.Name?.Trim()}” added. Add its first plan year and rates below.");
                return RedirectToPage("/Benefits/PlanDetails", new { id = newId });
            }
        }

        // "States[0]" and the like: one message on the states field.
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith("Input.Rules.States[", StringComparison.Ordinal)).ToList())
        {
            foreach (var e in ModelState[key]!.Errors)
            {
                if (ModelState["Input.Rules.States"]?.Errors.Any(x => x.ErrorMessage == e.ErrorMessage) != true)
                {
                    ModelState.AddModelError("Input.Rules.States", e.ErrorMessage);
                }
            }

            ModelState.Remove(key);
        }

        Carriers = await Mediator.Send(new ListCarriers(), HttpContext.RequestAborted);
        if (Id is { } planId)
        {
            CarrierName = (await FindAsync(new GetPlan(planId)))?.CarrierName;
        }

        return Page();
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>The id of a checkbox list's first box, so the error summary's link lands on the list.</summary>
    public static string FirstBoxId(string field) => FieldIds.Of(field);

    [ValidatedAs(typeof(CreatePlan))]
    public sealed class PlanInput
    {
        public int Version { get; set; }
        [Display(Name = "Name")] public string? Name { get; set; }
        [Display(Name = "Kind of coverage")] public PlanKind Kind { get; set; } = PlanKind.Health;
        [Display(Name = "Carrier")] public int? CarrierId { get; set; }
        [Display(Name = "Carrier's plan code")] public string? PlanCode { get; set; }
        [Display(Name = "Days to report a life event")] public int? LifeEventDays { get; set; } = 30;
        [Display(Name = "Contribution rule (retirement plans)")] public string? ContributionRule { get; set; }
        public RulesInput Rules { get; set; } = new();

        public static PlanInput From(PlanDto p) => new()
        {
            Version = p.Version,
            Name = p.Name,
            Kind = p.Kind,
            CarrierId = p.CarrierId,
            PlanCode = p.PlanCode,
            LifeEventDays = p.LifeEventDays,
            ContributionRule = p.ContributionRule,
            Rules = new RulesInput
            {
                Standings = [.. p.Rules.Standings],
                WorkerKinds = [.. p.Rules.WorkerKinds],
                MinimumHoursPerWeek = p.Rules.MinimumHoursPerWeek,
                WaitingDays = p.Rules.WaitingDays,
                States = string.Join(", ", p.Rules.States),
                MinimumParticipationPercent = p.Rules.MinimumParticipationPercent,
            },
        };
    }

    public sealed class RulesInput
    {
        // Empty unless ticked: an unticked box posts nothing, so a default here would come back on every post.
        public List<MembershipStatus> Standings { get; set; } = [];
        public List<WorkerKind> WorkerKinds { get; set; } = [];
        [Display(Name = "Minimum hours a week")] public decimal? MinimumHoursPerWeek { get; set; } = 20;
        [Display(Name = "Waiting period after hire (days)")] public int? WaitingDays { get; set; } = 30;
        [Display(Name = "States covered (two letters, e.g. MA, VT; empty: all)")] public string? States { get; set; } = "MA, VT";
        [Display(Name = "Minimum participation (%)")] public decimal? MinimumParticipationPercent { get; set; } = 50;
    }
}
