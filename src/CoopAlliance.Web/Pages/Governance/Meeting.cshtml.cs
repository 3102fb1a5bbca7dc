using CoopAlliance.Application.Governance;
using CoopAlliance.Domain.Governance;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Governance;

/// <summary>
/// One meeting for staff: open it, check delegates in with the live quorum, the motions (open and close voting, a
/// ballot cast in the room recorded for a co-op, the result once closed, an election's winners seated), close it, and
/// write and publish the minutes.
/// </summary>
public sealed class MeetingModel(IMediator mediator) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public MeetingDetail Meeting { get; private set; } = null!;
    public IReadOnlyList<MotionDto> Motions { get; private set; } = [];
    public Dictionary<int, MotionResultDto> Results { get; } = [];
    public IReadOnlyList<MeetingDelegateDto> Delegates { get; private set; } = [];

    [BindProperty] public string? Minutes { get; set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    /// <summary>The minutes as a PDF (the page's own link: the API wants a token, the pages a cookie).</summary>
    public async Task<IActionResult> OnGetMinutesAsync() =>
        await FindAsync(new GetMinutesPdf(Id)) is { } file ? File(file.Content, "application/pdf", file.FileName) : NotFound();

    public Task<IActionResult> OnPostOpenAsync() => DoAsync(new OpenMeeting(Id), "The meeting is open: who may vote is settled, and check-in has begun.");

    public Task<IActionResult> OnPostCloseAsync() => DoAsync(new CloseMeeting(Id), "The meeting is closed. Write and publish its minutes below.");

    public Task<IActionResult> OnPostCheckInAsync(int coopId, int personId) => DoAsync(new CheckIn(Id, coopId, personId), "Checked in.");

    public Task<IActionResult> OnPostOpenVotingAsync(int motionId) => DoAsync(new OpenMotionVoting(motionId), "Voting is open.");

    public Task<IActionResult> OnPostCloseVotingAsync(int motionId) => DoAsync(new CloseMotionVoting(motionId), "Voting is closed and the result is counted.");

    public Task<IActionResult> OnPostSeatAsync(int motionId, DateOnly termStart) => DoAsync(new SeatWinners(motionId, termStart), "The winners are seated on the board.");

    public Task<IActionResult> OnPostBallotAsync(int motionId, int? coopId, VoteChoice? choice, List<int>? candidateIds) =>
        DoAsync(new CastVote(motionId, coopId, choice, candidateIds is { Count: > 0 } ? candidateIds : null), "The co-op's vote is recorded.");

    public Task<IActionResult> OnPostMinutesAsync(bool publish) =>
        DoAsync(new WriteMinutes(Id, Minutes, publish), publish ? "The minutes are published; members can read them." : "The minutes are saved.");

    private async Task<IActionResult> DoAsync<T>(IRequest<T> request, string done)
    {
        var (ok, _) = await TrySendAsync(request, prefix: "");
        if (ok)
        {
            Flash(done);
            return RedirectToPage("/Governance/Meeting", new { id = Id });
        }

        return await LoadAsync(keepMinutes: true) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(bool keepMinutes = false)
    {
        var meeting = await FindAsync(new GetMeeting(Id));
        if (meeting is null)
        {
            return false;
        }

        Meeting = meeting;
        if (!keepMinutes)
        {
            Minutes = meeting.Minutes;
        }

        var ct = HttpContext.RequestAborted;
        Motions = await Mediator.Send(new ListMotions(Id), ct);
        foreach (var m in Motions.Where(m => m.State != MotionState.Draft))
        {
            Results[m.Id] = await Mediator.Send(new GetMotionResult(m.Id), ct);
        }

        Delegates = meeting.EligibilitySettled ? await Mediator.Send(new ListMeetingDelegates(Id), ct) : [];
        return true;
    }
}
