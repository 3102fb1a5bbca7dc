using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CoopAlliance.Application.Network;
using CoopAlliance.Domain.Network;
using CoopAlliance.Web.Pages.Shared;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CoopAlliance.Web.Pages.MyCoop;

/// <summary>
/// "Buying and selling in the network" for a rep: what their co-op buys from and sells to other member co-ops and
/// allied organisations, roughly how much a year; add one (a plain select, no script needed) or remove one after a confirmation.
/// </summary>
public sealed class TiesModel(IMediator mediator, IStringLocalizer<TiesModel> text) : AppPageModel(mediator)
{
    [BindProperty] public TieForm Input { get; set; } = new();

    public IReadOnlyList<TieDto> Ties { get; private set; } = [];
    public IReadOnlyList<CounterpartOption> Counterparts { get; private set; } = [];
    public ConfirmDecisionModel? Confirm { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? remove)
    {
        if (RepCoop.IdOf(User) is not { } coopId)
        {
            return NotFound();
        }

        await LoadAsync(coopId);
        if (Ties.FirstOrDefault(t => t.Id == remove) is { } tie)
        {
            Confirm = new ConfirmDecisionModel(text["Remove “{0}” with {1}?", tie.What, tie.CounterpartName],
                [text["The tie leaves your co-op's list and the alliance's network figures. You can record it again later."]],
                text["Yes, remove"], Url.Page("/MyCoop/Ties")!, Url.Page("/MyCoop/Ties", "Remove")!,
                [ConfirmDecisionModel.Field("tieId", tie.Id.ToString(CultureInfo.InvariantCulture))]);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (RepCoop.IdOf(User) is not { } coopId)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            var (coop, org) = Parse(Input.Counterpart);
            if (coop is null && org is null)
            {
                ModelState.AddModelError("Input.Counterpart", text["Pick a member co-op or an allied organisation."]);
            }
            else
            {
                var (ok, _) = await TrySendAsync(new AddTie(coopId, Input.Direction, coop, org, Input.What ?? "", Input.Amount), "Input");
                if (ok)
                {
                    Flash(text["Tie recorded. Thank you: every tie makes the network's picture truer."]);
                    return RedirectToPage();
                }
            }
        }

        await LoadAsync(coopId);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int tieId)
    {
        if (RepCoop.IdOf(User) is not { } coopId)
        {
            return NotFound();
        }

        var (ok, _) = await TrySendAsync(new RemoveTie(coopId, tieId), "");
        if (ok)
        {
            Flash(text["Tie removed."]);
            return RedirectToPage();
        }

        await LoadAsync(coopId);
        return Page();
    }

    private async Task LoadAsync(int coopId)
    {
        Ties = await Mediator.Send(new ListTies(coopId), HttpContext.RequestAborted);
        Counterparts = await Mediator.Send(new ListTieCounterparts(coopId), HttpContext.RequestAborted);
    }

    /// <summary>"coop:12" or "org:3" from the picker.</summary>
    public static (int? Coop, int? Org) Parse(string? key)
    {
        var parts = (key ?? "").Split(':');
        if (parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return parts[0] switch
            {
                "coop" => (id, null),
                "org" => (null, id),
                _ => (null, null),
            };
        }

        return (null, null);
    }
}

public sealed class TieForm
{
    [Display(Name = "Your co-op")] public TieDirection Direction { get; set; } = TieDirection.Buys;
    [Display(Name = "Member co-op or organisation")] public string? Counterpart { get; set; }
    [Display(Name = "What")] public string? What { get; set; }
    [Display(Name = "About how much a year, in dollars (optional)")] public decimal? Amount { get; set; }
}
