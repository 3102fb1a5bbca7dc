using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Dues;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Dues;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Dues;

/// <summary>
/// Add or revise a dues policy. Each tier may combine a flat amount, a percentage of wages and one of revenue (each
/// with a floor and a cap), and per worker-owner steps; leave a field empty to leave that way out. A tier with no
/// name is ignored, so the blank tier at the end adds one only when filled in.
/// </summary>
public sealed class PolicyModel(IMediator mediator, AllianceClock clock) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public PolicyInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (Id is null)
        {
            var today = clock.Today;
            Input = new PolicyInput { EffectiveFrom = new DateOnly(today.Year, today.Month, 1).AddMonths(1), Tiers = [new TierForm { Name = "All members" }] };
            return Page();
        }

        var policy = await FindAsync(new GetDuesPolicy(Id.Value));
        if (policy is null)
        {
            return NotFound();
        }

        Input = PolicyInput.From(policy);
        Input.Tiers.Add(new TierForm());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var tiers = new List<TierInput>();
        for (var i = 0; i < Input.Tiers.Count; i++)
        {
            var t = Input.Tiers[i];
            if (string.IsNullOrWhiteSpace(t.Name))
            {
                continue;
            }

            if (!TryParseSteps(t.Steps, out var steps))
            {
                ModelState.AddModelError($"Input.Tiers[{i}].Steps", "Write steps as “1:200, 3:100, *:50”: up to the 1st $200 each, up to the 3rd $100, then $50.");
                continue;
            }

            var components = new List<ComponentInput>();
            if (t.Flat is { } flat)
            {
                components.Add(new ComponentInput(DuesScheme.Flat, Amount: flat));
            }

            if (t.WagesRate is { } wr)
            {
                components.Add(new ComponentInput(DuesScheme.PercentOfWages, RatePercent: wr, Floor: t.WagesFloor, Cap: t.WagesCap));
            }

            if (t.RevenueRate is { } rr)
            {
                components.Add(new ComponentInput(DuesScheme.PercentOfRevenue, RatePercent: rr, Floor: t.RevenueFloor, Cap: t.RevenueCap));
            }

            if (steps.Count > 0)
            {
                components.Add(new ComponentInput(DuesScheme.PerWorkerOwner, Steps: steps));
            }

            tiers.Add(new TierInput(t.Name.Trim(), t.Kinds, components, t.IntroductoryYears ?? 0, t.IntroductoryDiscountPercent ?? 0));
        }

        if (ModelState.ErrorCount == 0)
        {
            var i = Input;
            if (Id is { } id)
            {
                var (ok, _) = await TrySendAsync(new UpdateDuesPolicy(id, i.Version, i.Name ?? "", i.EffectiveFrom ?? default, i.Frequency, i.DueDays ?? 0,
                    i.LaborHourValue ?? 0, tiers));
                if (ok)
                {
                    Flash($"Policy “{i.Name}” saved. Invoices already issued keep their amounts.");
                    return RedirectToPage("/Dues/Policies");
                }
            }
            else
            {
                var (ok, _) = await TrySendAsync(new CreateDuesPolicy(i.Name ?? "", i.EffectiveFrom ?? default, i.Frequency, i.DueDays ?? 0,
                    i.LaborHourValue ?? 0, tiers));
                if (ok)
                {
                    Flash($"Policy “{i.Name}” added; it applies from {i.EffectiveFrom:MMMM d, yyyy}.");
                    return RedirectToPage("/Dues/Policies");
                }
            }
        }

        return Page();
    }

    public static string StepsText(IEnumerable<DuesStepDto> steps) =>
        string.Join(", ", steps.Select(s => $"{(s.UpTo is { } u ? u.ToString(CultureInfo.InvariantCulture) : "*")}:{s.AmountEach.ToString("0.##", CultureInfo.InvariantCulture)}"));

    public static bool TryParseSteps(string? text, out List<StepInput> steps)
    {
        steps = [];
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var bits = part.Split(':', StringSplitOptions.TrimEntries);
            if (bits.Length != 2 || !decimal.TryParse(bits[1].TrimStart('$'), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
            {
                return false;
            }

            int? upTo = bits[0] == "*" ? null : int.TryParse(bits[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
            if (upTo == -1)
            {
                return false;
            }

            steps.Add(new StepInput(upTo, amount));
        }

        return true;
    }

    public sealed class PolicyInput
    {
        public int Version { get; set; }
        [Display(Name = "Name")] public string? Name { get; set; }
        [Display(Name = "Effective from")] public DateOnly? EffectiveFrom { get; set; }
        [Display(Name = "Billed")] public BillingFrequency Frequency { get; set; } = BillingFrequency.Monthly;
        [Display(Name = "Due, days after issue")] public int? DueDays { get; set; } = 30;
        [Display(Name = "Value of an hour of labor ($)")] public decimal? LaborHourValue { get; set; } = 25;
        public List<TierForm> Tiers { get; set; } = [];

        public static PolicyInput From(DuesPolicyDto p) => new()
        {
            Version = p.Version,
            Name = p.Name,
            EffectiveFrom = p.EffectiveFrom,
            Frequency = p.Frequency,
            DueDays = p.DueDays,
            LaborHourValue = p.LaborHourValue,
            Tiers = p.Tiers.Select(TierForm.From).ToList(),
        };
    }

    public sealed class TierForm
    {
        [Display(Name = "Tier name")] public string? Name { get; set; }
        public List<CoopKind> Kinds { get; set; } = [];
        [Display(Name = "Flat amount a year ($)")] public decimal? Flat { get; set; }
        [Display(Name = "% of wages")] public decimal? WagesRate { get; set; }
        [Display(Name = "Wages: at least ($)")] public decimal? WagesFloor { get; set; }
        [Display(Name = "Wages: at most ($)")] public decimal? WagesCap { get; set; }
        [Display(Name = "% of revenue")] public decimal? RevenueRate { get; set; }
        [Display(Name = "Revenue: at least ($)")] public decimal? RevenueFloor { get; set; }
        [Display(Name = "Revenue: at most ($)")] public decimal? RevenueCap { get; set; }
        [Display(Name = "Per worker-owner steps")] public string? Steps { get; set; }
        [Display(Name = "Introductory years")] public int? IntroductoryYears { get; set; }
        [Display(Name = "Introductory discount (%)")] public decimal? IntroductoryDiscountPercent { get; set; }

        public static TierForm From(DuesTierDto t)
        {
            var form = new TierForm
            {
                Name = t.Name,
                Kinds = t.Kinds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<CoopKind>).ToList(),
                IntroductoryYears = t.IntroductoryYears,
                IntroductoryDiscountPercent = t.IntroductoryDiscountPercent,
            };
            foreach (var c in t.Components)
            {
                switch (c.Scheme)
                {
                    case DuesScheme.Flat: form.Flat = c.Amount; break;
                    case DuesScheme.PercentOfWages: (form.WagesRate, form.WagesFloor, form.WagesCap) = (c.RatePercent, c.Floor, c.Cap); break;
                    case DuesScheme.PercentOfRevenue: (form.RevenueRate, form.RevenueFloor, form.RevenueCap) = (c.RatePercent, c.Floor, c.Cap); break;
                    default: form.Steps = StepsText(c.Steps); break;
                }
            }

            return form;
        }
    }
}
