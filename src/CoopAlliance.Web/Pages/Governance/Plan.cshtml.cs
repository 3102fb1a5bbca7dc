using System.ComponentModel.DataAnnotations;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Governance;
using CoopAlliance.Domain.Governance;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Governance;

/// <summary>Plan an annual or special meeting: when and where, the record date, the days of notice and the agenda.</summary>
public sealed class PlanModel(IMediator mediator, AllianceClock clock) : AppPageModel(mediator)
{
    [BindProperty] public MeetingInput Input { get; set; } = new();

    public void OnGet()
    {
        var day = clock.Today.AddDays(42);
        Input = new MeetingInput { StartsAt = day.ToDateTime(new TimeOnly(18, 0)), RecordDate = day.AddDays(-30), NoticeDays = 21 };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var startsAt = Input.StartsAt is { } at ? clock.StartOf(DateOnly.FromDateTime(at)).Add(at.TimeOfDay) : default;
        var (ok, id) = await TrySendAsync(new PlanMeeting(Input.Kind, Input.Title ?? "", startsAt, Input.Place, Input.OnlineLink, Input.RecordDate ?? default,
            Input.NoticeDays, Input.Agenda));
        if (!ok)
        {
            return Page();
        }

        Flash($"{Input.Title} is planned. Add its motions below.");
        return RedirectToPage("/Governance/Meeting", new { id });
    }
}

public sealed class MeetingInput
{
    public MeetingKind Kind { get; set; } = MeetingKind.Annual;
    [Display(Name = "Title")] public string? Title { get; set; }
    [Display(Name = "Starts")] public DateTime? StartsAt { get; set; }
    [Display(Name = "Place")] public string? Place { get; set; }
    [Display(Name = "Online link")] public string? OnlineLink { get; set; }
    [Display(Name = "Record date")] public DateOnly? RecordDate { get; set; }
    [Display(Name = "Days of notice")] public int? NoticeDays { get; set; }
    [Display(Name = "Agenda")] public string? Agenda { get; set; }
}
