using System.ComponentModel.DataAnnotations;
using CoopAlliance.Application.Benefits.Plans;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Benefits;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Benefits;

/// <summary>A plan: its rules, its plan years with their open-enrollment windows and tier rates, and the form that adds a plan year.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = Roles.Staff)]
public sealed class PlanDetailsModel(IMediator mediator, AllianceClock clock) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public YearInput Year { get; set; } = new();

    public PlanDto Plan { get; private set; } = null!;
    public DateOnly Today => clock.Today;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        // The next plan year by default: after the latest one, or the next calendar year.
        var start = Plan.Years.Count > 0 ? Plan.Years.Max(y => y.EndsOn).AddDays(1) : new DateOnly(clock.Today.Year + 1, 1, 1);
        Year = new YearInput
        {
            StartsOn = start,
            EndsOn = start.AddYears(1).AddDays(-1),
            EnrollmentOpensOn = start.AddMonths(-2),
            EnrollmentClosesOn = start.AddDays(-17),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAddYearAsync()
    {
        var rates = Year.Premiums.Where(p => p.Value is not null).Select(p => new TierRateInput(p.Key, p.Value!.Value)).ToList();
        var (ok, _) = await TrySendAsync(new AddPlanYear(Id, Year.StartsOn ?? default, Year.EndsOn ?? default, Year.EnrollmentOpensOn ?? default,
            Year.EnrollmentClosesOn ?? default, rates), "Year");
        if (ok)
        {
            Flash($"Plan year {BenefitsWords.Day(Year.StartsOn!.Value)} – {BenefitsWords.Day(Year.EndsOn!.Value)} added.");
            return RedirectToPage(new { id = Id });
        }

        // A rate's error ("Rates[1].MonthlyPremium") is shown once, under the premiums.
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith("Year.Rates[", StringComparison.Ordinal)).ToList())
        {
            foreach (var e in ModelState[key]!.Errors.ToList())
            {
                ModelState.AddModelError(RatesKey, e.ErrorMessage);
            }

            ModelState.Remove(key);
        }

        return await LoadAsync() ? Page() : NotFound();
    }

    public const string RatesKey = "Year.Premiums";

    public static string PremiumId(CoverageTier tier) => tier == Enum.GetValues<CoverageTier>()[0] ? FieldIds.Of(RatesKey) : $"premium-{tier}";

    private async Task<bool> LoadAsync()
    {
        var plan = await FindAsync(new GetPlan(Id));
        if (plan is null)
        {
            return false;
        }

        Plan = plan;
        return true;
    }

    [ValidatedAs(typeof(AddPlanYear))]
    public sealed class YearInput
    {
        [Display(Name = "Plan year starts")] public DateOnly? StartsOn { get; set; }
        [Display(Name = "Plan year ends")] public DateOnly? EndsOn { get; set; }
        [Display(Name = "Open enrollment opens")] public DateOnly? EnrollmentOpensOn { get; set; }
        [Display(Name = "Open enrollment closes")] public DateOnly? EnrollmentClosesOn { get; set; }

        /// <summary>The monthly premium per tier; an empty one is a tier the year does not offer.</summary>
        public Dictionary<CoverageTier, decimal?> Premiums { get; set; } = Enum.GetValues<CoverageTier>().ToDictionary(t => t, _ => (decimal?)null);
    }
}
