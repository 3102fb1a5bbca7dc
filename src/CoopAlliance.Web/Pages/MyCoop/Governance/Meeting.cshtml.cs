using CoopAlliance.Application.Governance;
using CoopAlliance.Domain.Governance;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CoopAlliance.Web.Pages.MyCoop.Governance;

/// <summary>
/// One meeting for a rep: its agenda and quorum, its motions with their results, and the co-op's ballot while voting
/// is open (once; a second attempt is refused with a clear message). The minutes once the meeting is closed.
/// </summary>
public sealed class MeetingModel(IMediator mediator, IStringLocalizer<MeetingModel> text) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public MeetingDetail Meeting { get; private set; } = null!;
    public IReadOnlyList<MotionDto> Motions { get; private set; } = [];
    public Dictionary<int, MotionResultDto> Results { get; } = [];
    public bool Eligible { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    /// <summary>The minutes as a PDF (the page's own link: the API wants a token, the pages a cookie).</summary>
    public async Task<IActionResult> OnGetMinutesAsync() =>
        await FindAsync(new GetMinutesPdf(Id)) is { } file ? File(file.Content, "application/pdf", file.FileName) : NotFound();

    public async Task<IActionResult> OnPostVoteAsync(int motionId, VoteChoice? choice, List<int>? candidateIds)
    {
        var (ok, _) = await TrySendAsync(new CastVote(motionId, null, choice, candidateIds is { Count: > 0 } ? candidateIds : null), prefix: "");
        if (ok)
        {
            Flash(text["Your co-op's vote is recorded. Thank you."]);
            return RedirectToPage("/MyCoop/Governance/Meeting", new { id = Id });
        }

        return await LoadAsync() ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync()
    {
        var meeting = await FindAsync(new GetMeeting(Id));
        if (meeting is null)
        {
            return false;
        }

        Meeting = meeting;
        var coopId = RepCoop.IdOf(User);
        Eligible = meeting.Eligible.Any(e => e.CoopId == coopId);
        var ct = HttpContext.RequestAborted;
        Motions = await Mediator.Send(new ListMotions(Id), ct);
        foreach (var m in Motions.Where(m => m.State == MotionState.Closed))
        {
            Results[m.Id] = await Mediator.Send(new GetMotionResult(m.Id), ct);
        }

        return true;
    }
}
