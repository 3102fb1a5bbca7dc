using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Mentoring;
using CoopAlliance.Domain.Mentoring;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using MentorForm = CoopAlliance.Web.Pages.Mentoring.EditMentorModel.MentorForm;

namespace CoopAlliance.Web.Pages.Mentor;

/// <summary>
/// A mentor keeps their own profile current: what they can help with, sectors, languages, region, how many co-ops
/// at a time, and a pause (no new offers until after a date). Conflicts stay with the staff.
/// </summary>
public sealed class ProfileModel(IMediator mediator, AllianceClock clock, IStringLocalizer<ProfileModel> words) : AppPageModel(mediator)
{
    [BindProperty] public MentorForm Input { get; set; } = new();

    /// <summary>The mentor's own profile; null when the staff have not set it up yet.</summary>
    public MentorDto? Mentor { get; private set; }
    public DateOnly Today => clock.Today;

    public async Task OnGetAsync()
    {
        Mentor = await OwnAsync();
        if (Mentor is { } m)
        {
            Input = MentorForm.From(m, Today);
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Mentor = await OwnAsync();
        if (Mentor is null)
        {
            return NotFound();
        }

        // Conflicts are the staff's: whatever a crafted post says about them is not this form's business.
        ModelState.Remove("Input.ConflictCoopIds");
        if (Input.Paused && Input.PausedUntil is null)
        {
            ModelState.AddModelError("Input.PausedUntil", words["Choose the last day of your pause."]);
        }
        else if (Input.Paused && Input.PausedUntil < Today && Input.PausedUntil != Input.WasPausedUntil)
        {
            ModelState.AddModelError("Input.PausedUntil", words["Pause until today or a later date."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (ok, _) = await TrySendAsync(new UpdateMentor
        {
            Id = Mentor.Id,
            Version = Input.Version,
            FullName = Mentor.FullName,
            Email = Mentor.Email,
            HomeCoop = Input.HomeCoop,
            Skills = Input.Skills.Where(s => s.Value is not null).Select(s => new MentorSkill(s.Key, s.Value!.Value)).OrderBy(s => s.Skill).ToList(),
            Sectors = Words(Input.Sectors),
            Languages = Words(Input.Languages),
            Region = Input.Region,
            Capacity = Input.Capacity,
            Bio = Input.Bio,
        });
        if (!ok)
        {
            // Errors on a list item ("Sectors[1]") show beside the list's field.
            foreach (var key in ModelState.Keys.Where(k => k.Contains('[')).ToList())
            {
                foreach (var error in ModelState[key]!.Errors)
                {
                    ModelState.AddModelError(key[..key.IndexOf('[')], error.ErrorMessage);
                }

                ModelState.Remove(key);
            }

            return Page();
        }

        var pausedUntil = Input.Paused ? Input.PausedUntil : null;
        if (pausedUntil != Input.WasPausedUntil)
        {
            var (paused, _) = await TrySendAsync(new SetMentorAvailability(Mentor.Id, pausedUntil));
            if (!paused)
            {
                Flash(words["Your profile is saved, but your availability was not changed."]);
                return RedirectToPage("/Mentor/Profile");
            }
        }

        Flash(pausedUntil is { } p
            ? words["Your profile is saved. You get no new offers until after {0}; your current co-ops stay yours.", CoopAlliance.Application.Common.Words.Formats.LongDay(p)]
            : words["Your profile is saved."]);
        return RedirectToPage("/Mentor/Profile");
    }

    private async Task<MentorDto?> OwnAsync() =>
        (await Mediator.Send(new ListMentors(), HttpContext.RequestAborted)).FirstOrDefault();

    private static List<string> Words(string? text) =>
        (text ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
