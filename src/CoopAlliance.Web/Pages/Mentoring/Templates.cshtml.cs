using CoopAlliance.Application.Mentoring;
using CoopAlliance.Domain.Mentoring;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Mentoring;

/// <summary>Milestone templates: the checklist every new developing co-op gets, per stage (add, rename, reorder, retire).</summary>
public sealed class TemplatesModel(IMediator mediator) : AppPageModel(mediator)
{
    public IReadOnlyList<MilestoneTemplateDto> Templates { get; private set; } = [];
    [BindProperty] public TemplateInput Input { get; set; } = new();

    public async Task OnGetAsync() => Templates = await Mediator.Send(new ListMilestoneTemplates(IncludeRetired: true), HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        var (ok, _) = await TrySendAsync(new SaveMilestoneTemplate(Input.Id, Input.Version, Input.Stage, Input.Title ?? "", Input.SortOrder, Input.IsActive));
        if (!ok)
        {
            await OnGetAsync();
            return Page();
        }

        Flash(Input.Id is null ? $"\u201C{Input.Title}\u201D is added to the {Input.Stage.Describe().ToLowerInvariant()} checklist of new developing co-ops."
            : $"\u201C{Input.Title}\u201D is saved{(Input.IsActive ? "" : " and retired: new developing co-ops no longer get it")}.");
        return RedirectToPage("/Mentoring/Templates");
    }

    public sealed class TemplateInput
    {
        public int? Id { get; set; }
        public int Version { get; set; }
        public DevelopmentStage Stage { get; set; } = DevelopmentStage.Idea;
        public string? Title { get; set; }
        public int SortOrder { get; set; } = 10;
        public bool IsActive { get; set; } = true;
    }
}
