using CoopAlliance.Application.Mentoring;
using CoopAlliance.Domain.Mentoring;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Mentoring;

/// <summary>A developing co-op for staff: profile, needs, mentor, stage changes, graduation, checklist and timeline.</summary>
public sealed class CoopModel(IMediator mediator) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public DevelopmentStage? NewStage { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public bool Confirmed { get; set; }

    public DevelopingCoopDetail Coop { get; private set; } = null!;
    public bool ConfirmingGraduation { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostStageAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (NewStage is null)
        {
            ModelState.AddModelError(nameof(NewStage), "Choose a stage of the pipeline.");
            return Page();
        }

        var (ok, _) = await TrySendAsync(new ChangeStage(Id, NewStage.Value, Note), "");
        if (!ok)
        {
            return Page();
        }

        Flash($"{Coop.Name} is now at the {NewStage.Value.Describe().ToLowerInvariant()} stage.");
        return RedirectToPage("/Mentoring/Coop", new { id = Id });
    }

    public async Task<IActionResult> OnPostGraduateAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!Confirmed)
        {
            ConfirmingGraduation = true;
            return Page();
        }

        var (ok, coopId) = await TrySendAsync(new GraduateDevelopingCoop(Id, Note), "");
        if (!ok)
        {
            return Page();
        }

        Flash($"{Coop.Name} graduated: its membership application is now in the registry.");
        return RedirectToPage("/Coops/Details", new { id = coopId });
    }

    public async Task<IActionResult> OnPostTickAsync(int milestoneId, bool done)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var (ok, _) = await TrySendAsync(new TickMilestone(Id, milestoneId, done), "");
        if (!ok)
        {
            return Page();
        }

        Flash(done ? "The milestone is done." : "The milestone is open again.");
        return RedirectToPage("/Mentoring/Coop", null, new { id = Id }, "milestones");
    }

    private async Task<bool> LoadAsync()
    {
        var coop = await FindAsync(new GetDevelopingCoop(Id));
        if (coop is null)
        {
            return false;
        }

        Coop = coop;
        return true;
    }
}
