using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Mentoring;
using CoopAlliance.Application.Users;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Mentoring;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Mentoring;

/// <summary>
/// Give a Mentor login its mentor profile (no id), or edit a mentor's profile: skills with levels, sectors,
/// languages, region, capacity, availability and the developing co-ops they must never be matched with.
/// </summary>
public sealed class EditMentorModel(IMediator mediator, AllianceClock clock) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public MentorForm Input { get; set; } = new();

    /// <summary>Mentor logins that have no profile yet (creating only).</summary>
    public IReadOnlyList<UserSummary> Logins { get; private set; } = [];
    /// <summary>Developing co-ops a conflict can name: those still in the pipeline, and any already chosen.</summary>
    public IReadOnlyList<DevelopingCoopListItem> Coops { get; private set; } = [];
    public DateOnly Today => clock.Today;

    public async Task<IActionResult> OnGetAsync(int? userId)
    {
        if (Id is { } id)
        {
            var m = await FindAsync(new GetMentor(id));
            if (m is null)
            {
                return NotFound();
            }

            Input = MentorForm.From(m, Today);
            Input.FullName = m.FullName;
            Input.Email = m.Email;
            Input.ConflictCoopIds = m.ConflictCoopIds.ToList();
        }
        else if (userId is { } chosen)
        {
            Input.UserId = chosen;
        }

        await LoadChoicesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        CheckAvailability();
        if (!ModelState.IsValid)
        {
            await LoadChoicesAsync();
            return Page();
        }

        var skills = Input.Skills.Where(s => s.Value is not null).Select(s => new MentorSkill(s.Key, s.Value!.Value)).OrderBy(s => s.Skill).ToList();
        int mentorId;
        string name;
        if (Id is { } id)
        {
            var (ok, _) = await TrySendAsync(new UpdateMentor
            {
                Id = id,
                Version = Input.Version,
                FullName = Input.FullName ?? "",
                Email = Input.Email ?? "",
                HomeCoop = Input.HomeCoop,
                Skills = skills,
                Sectors = Words(Input.Sectors),
                Languages = Words(Input.Languages),
                Region = Input.Region,
                Capacity = Input.Capacity,
                Bio = Input.Bio,
                ConflictCoopIds = Input.ConflictCoopIds,
            });
            if (!ok)
            {
                return await FailedAsync();
            }

            mentorId = id;
            name = Input.FullName ?? "";
        }
        else
        {
            var (ok, newId) = await TrySendAsync(new CreateMentor
            {
                UserId = Input.UserId ?? 0,
                HomeCoop = Input.HomeCoop,
                Skills = skills,
                Sectors = Words(Input.Sectors),
                Languages = Words(Input.Languages),
                Region = Input.Region,
                Capacity = Input.Capacity,
                Bio = Input.Bio,
                ConflictCoopIds = Input.ConflictCoopIds,
            });
            if (!ok)
            {
                return await FailedAsync();
            }

            mentorId = newId;
            name = (await Mediator.Send(new GetMentor(newId), HttpContext.RequestAborted)).FullName;
        }

        // Availability is its own command (the mentor can pause themselves too); sent only when it changed, after
        // the profile, whose version check must see the version the person read.
        var pausedUntil = Input.Paused ? Input.PausedUntil : null;
        if (pausedUntil != Input.WasPausedUntil)
        {
            var (ok, _) = await TrySendAsync(new SetMentorAvailability(mentorId, pausedUntil));
            if (!ok)
            {
                Flash($"{name}'s profile is saved, but the availability was not changed.");
                return RedirectToPage("/Mentoring/Mentor", new { id = mentorId });
            }
        }

        Flash(Id is null
            ? $"{name} is a mentor now{(pausedUntil is { } p ? $", paused until {p:MMMM d, yyyy}" : "")}. Suggest matches to offer them a co-op."
            : $"{name}'s profile is saved.");
        return RedirectToPage("/Mentoring/Mentor", new { id = mentorId });
    }

    private async Task<IActionResult> FailedAsync()
    {
        // Errors on a list item ("Sectors[1]") show beside the list's field.
        foreach (var key in ModelState.Keys.Where(k => k.Contains('[')).ToList())
        {
            var field = key[..key.IndexOf('[')];
            foreach (var error in ModelState[key]!.Errors)
            {
                ModelState.AddModelError(field, error.ErrorMessage);
            }

            ModelState.Remove(key);
        }

        await LoadChoicesAsync();
        return Page();
    }

    private void CheckAvailability()
    {
        if (!Input.Paused)
        {
            return;
        }

        if (Input.PausedUntil is not { } until)
        {
            ModelState.AddModelError("Input.PausedUntil", "Choose the last day of the pause.");
        }
        else if (until < Today && until != Input.WasPausedUntil)
        {
            ModelState.AddModelError("Input.PausedUntil", "Pause until today or a later date.");
        }
    }

    private async Task LoadChoicesAsync()
    {
        var ct = HttpContext.RequestAborted;
        var coops = new List<DevelopingCoopListItem>();
        for (var page = 1; ; page++)
        {
            var list = await Mediator.Send(new ListDevelopingCoops { IncludeGraduated = true, Page = page, PageSize = Paging.MaxPageSize }, ct);
            coops.AddRange(list.Items);
            if (page * Paging.MaxPageSize >= list.Total)
            {
                break;
            }
        }

        Coops = coops.Where(c => c.GraduatedCooperativeId is null || Input.ConflictCoopIds.Contains(c.Id)).OrderBy(c => c.Name).ToList();
        if (Id is null)
        {
            var withProfile = (await Mediator.Send(new ListMentors(), ct)).Select(m => m.UserId).ToHashSet();
            Logins = (await Mediator.Send(new ListUsers(null), ct))
                .Where(u => u.Roles.Contains(Roles.Mentor) && !u.IsDisabled && !withProfile.Contains(u.Id))
                .OrderBy(u => u.FullName).ToList();
        }
    }

    private static List<string> Words(string? text) =>
        (text ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    public sealed class MentorForm
    {
        /// <summary>The profile fields a mentor and staff both edit, as the mentor's profile has them (a pause already over shows as none).</summary>
        public static MentorForm From(MentorDto m, DateOnly today)
        {
            var paused = m.PausedUntil is { } until && until >= today ? until : (DateOnly?)null;
            return new MentorForm
            {
                Version = m.Version,
                HomeCoop = m.HomeCoop,
                Skills = m.Skills.ToDictionary(s => s.Skill, s => (SkillLevel?)s.Level),
                Sectors = string.Join(", ", m.Sectors),
                Languages = string.Join(", ", m.Languages),
                Region = m.Region,
                Capacity = m.Capacity,
                Bio = m.Bio,
                Paused = paused is not null,
                PausedUntil = paused,
                WasPausedUntil = paused,
            };
        }

        public int Version { get; set; }
        /// <summary>The Mentor login (creating only).</summary>
        public int? UserId { get; set; }
        public string? FullName { get; set; }
        public string? Email { get; set; }
        public string? HomeCoop { get; set; }
        public Dictionary<Skill, SkillLevel?> Skills { get; set; } = new();
        /// <summary>Separated by commas.</summary>
        public string? Sectors { get; set; }
        public string? Languages { get; set; } = "English";
        public Region Region { get; set; } = Region.WesternMassachusetts;
        public int Capacity { get; set; } = 2;
        public string? Bio { get; set; }
        public bool Paused { get; set; }
        public DateOnly? PausedUntil { get; set; }
        /// <summary>The pause as the form was opened, so availability is only changed when the person changed it.</summary>
        public DateOnly? WasPausedUntil { get; set; }
        public List<int> ConflictCoopIds { get; set; } = [];
    }
}
