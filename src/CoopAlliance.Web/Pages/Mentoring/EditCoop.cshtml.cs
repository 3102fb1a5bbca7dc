using CoopAlliance.Application.Mentoring;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Mentoring;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Mentoring;

/// <summary>Add a developing co-op to the pipeline, or edit its record and needs (no id: a new one).</summary>
public sealed class EditCoopModel(IMediator mediator) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public CoopInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (Id is not { } id)
        {
            return Page();
        }

        var c = await FindAsync(new GetDevelopingCoop(id));
        if (c is null)
        {
            return NotFound();
        }

        Input = new CoopInput
        {
            Version = c.Version,
            Name = c.Name,
            Kind = c.Kind,
            Sector = c.Sector,
            Region = c.Region,
            Language = c.Language,
            Town = c.Town,
            State = c.State,
            Description = c.Description,
            ContactName = c.ContactName,
            ContactEmail = c.ContactEmail,
            ContactPhone = c.ContactPhone,
            Needs = c.Needs.ToDictionary(n => n.Skill, n => (NeedImportance?)n.Importance),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var needs = Input.Needs.Where(n => n.Value is not null).Select(n => new Need(n.Key, n.Value!.Value)).OrderBy(n => n.Skill).ToList();
        if (Id is { } id)
        {
            var (ok, _) = await TrySendAsync(new UpdateDevelopingCoop
            {
                Id = id,
                Version = Input.Version,
                Name = Input.Name ?? "",
                Kind = Input.Kind,
                Sector = Input.Sector,
                Region = Input.Region,
                Language = Input.Language,
                Town = Input.Town,
                State = Input.State,
                Description = Input.Description,
                ContactName = Input.ContactName ?? "",
                ContactEmail = Input.ContactEmail,
                ContactPhone = Input.ContactPhone,
                Needs = needs,
            });
            if (!ok)
            {
                return Page();
            }

            Flash($"{Input.Name} is saved.");
            return RedirectToPage("/Mentoring/Coop", new { id });
        }

        var (created, newId) = await TrySendAsync(new CreateDevelopingCoop
        {
            Name = Input.Name ?? "",
            Kind = Input.Kind,
            Sector = Input.Sector,
            Region = Input.Region,
            Language = Input.Language,
            Town = Input.Town,
            State = Input.State,
            Description = Input.Description,
            ContactName = Input.ContactName ?? "",
            ContactEmail = Input.ContactEmail,
            ContactPhone = Input.ContactPhone,
            Needs = needs,
        });
        if (!created)
        {
            return Page();
        }

        Flash($"{Input.Name} is in the pipeline at the idea stage. Suggest matches to find it a mentor.");
        return RedirectToPage("/Mentoring/Coop", new { id = newId });
    }

    public sealed class CoopInput
    {
        public int Version { get; set; }
        public string? Name { get; set; }
        public DevelopingCoopKind Kind { get; set; } = DevelopingCoopKind.StartupGroup;
        public string? Sector { get; set; }
        public Region Region { get; set; } = Region.WesternMassachusetts;
        public string? Language { get; set; } = "English";
        public string? Town { get; set; }
        public string? State { get; set; }
        public string? Description { get; set; }
        public string? ContactName { get; set; }
        public string? ContactEmail { get; set; }
        public string? ContactPhone { get; set; }
        public Dictionary<Skill, NeedImportance?> Needs { get; set; } = new();
    }
}
