using System.ComponentModel.DataAnnotations;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Governance;
using CoopAlliance.Domain.Governance;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Governance;

/// <summary>Put a motion (resolution, bylaw amendment with its threshold, budget) or a board election (candidates, seats, term) to a meeting.</summary>
public sealed class MotionModel(IMediator mediator, AllianceClock clock) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public int MeetingId { get; set; }
    [BindProperty] public MotionInput Input { get; set; } = new();
    public MeetingDetail Meeting { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var meeting = await FindAsync(new GetMeeting(MeetingId));
        if (meeting is null)
        {
            return NotFound();
        }

        Meeting = meeting;
        var starts = clock.ToLocal(meeting.StartsAt).DateTime;
        Input = new MotionInput { OpensAt = starts, ClosesAt = starts.AddHours(3) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var meeting = await FindAsync(new GetMeeting(MeetingId));
        if (meeting is null)
        {
            return NotFound();
        }

        Meeting = meeting;
        var candidates = (Input.Candidates ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(':', 2, StringSplitOptions.TrimEntries))
            .Select(parts => new CandidateDetails(parts[0], null, null, parts.Length > 1 ? parts[1] : null)).ToList();
        var election = Input.Kind == MotionKind.Election;
        var (ok, _) = await TrySendAsync(new ProposeMotion(MeetingId, Input.Kind, Input.Title ?? "", Input.Text, Input.Threshold, Input.Secret,
            Local(Input.OpensAt), Local(Input.ClosesAt), election ? Input.Seats : null, election ? Input.TermMonths : null, election ? candidates : null));
        if (!ok)
        {
            return Page();
        }

        Flash($"“{Input.Title}” is on the meeting.");
        return RedirectToPage("/Governance/Meeting", new { id = MeetingId });
    }

    private DateTimeOffset Local(DateTime? at) => at is { } t ? clock.StartOf(DateOnly.FromDateTime(t)).Add(t.TimeOfDay) : default;
}

public sealed class MotionInput
{
    public MotionKind Kind { get; set; } = MotionKind.Resolution;
    [Display(Name = "Title")] public string? Title { get; set; }
    [Display(Name = "Text")] public string? Text { get; set; }
    public Threshold Threshold { get; set; } = Threshold.Majority;
    public bool Secret { get; set; }
    [Display(Name = "Voting opens")] public DateTime? OpensAt { get; set; }
    [Display(Name = "Voting closes")] public DateTime? ClosesAt { get; set; }
    [Display(Name = "Seats")] public int? Seats { get; set; } = 1;
    [Display(Name = "Term in months")] public int? TermMonths { get; set; } = 24;
    [Display(Name = "Candidates")] public string? Candidates { get; set; }
}
