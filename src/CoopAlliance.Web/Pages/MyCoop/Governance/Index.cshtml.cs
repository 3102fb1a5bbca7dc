using CoopAlliance.Application.Cooperatives;
using CoopAlliance.Application.Governance;
using CoopAlliance.Application.People;
using CoopAlliance.Domain.Governance;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CoopAlliance.Web.Pages.MyCoop.Governance;

/// <summary>The rep's view of the alliance's democracy: their co-op's delegate and alternate (named from the roster), the meetings to come and past, and the board.</summary>
public sealed class IndexModel(IMediator mediator, IStringLocalizer<IndexModel> text) : AppPageModel(mediator)
{
    public DelegateDto? Delegate { get; private set; }
    public IReadOnlyList<PersonDto> Roster { get; private set; } = [];
    public IReadOnlyList<MeetingSummary> Upcoming { get; private set; } = [];
    public IReadOnlyList<MeetingSummary> Past { get; private set; } = [];
    public IReadOnlyList<BoardSeatDto> Board { get; private set; } = [];

    [BindProperty] public int? PersonId { get; set; }
    [BindProperty] public int? AlternatePersonId { get; set; }
    [BindProperty] public int? Version { get; set; }

    public async Task OnGetAsync() => await LoadAsync(fill: true);

    public async Task<IActionResult> OnPostDelegateAsync()
    {
        var coopId = RepCoop.IdOf(User)!.Value;
        var (ok, _) = await TrySendAsync(new SetDelegate(coopId, PersonId ?? 0, AlternatePersonId, Version), prefix: "");
        if (ok)
        {
            Flash(text["Your co-op's delegate is saved."]);
            return RedirectToPage();
        }

        await LoadAsync(fill: false);
        return Page();
    }

    private async Task LoadAsync(bool fill)
    {
        var ct = HttpContext.RequestAborted;
        var coopId = RepCoop.IdOf(User)!.Value;
        Delegate = await Mediator.Send(new GetDelegate(coopId), ct);
        if (fill && Delegate is not null)
        {
            PersonId = Delegate.PersonId;
            AlternatePersonId = Delegate.AlternatePersonId;
            Version = Delegate.Version;
        }

        Roster = (await Mediator.Send(new ListPeople(coopId), ct)).OrderBy(p => p.FullName).ToList();
        var meetings = await Mediator.Send(new ListMeetings(), ct);
        Upcoming = meetings.Where(m => m.State != MeetingState.Closed).OrderBy(m => m.StartsAt).ToList();
        Past = meetings.Where(m => m.State == MeetingState.Closed).ToList();
        Board = (await Mediator.Send(new GetBoard(), ct)).Where(s => s.Current).ToList();
    }
}
