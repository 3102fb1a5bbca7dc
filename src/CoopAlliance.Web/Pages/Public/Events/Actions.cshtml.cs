using CoopAlliance.Application.Events.Deliberation;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Public.Events;

/// <summary>The actions tracker: every commitment and its latest status. Partners-only trackers need <c>?partner={token}</c>.</summary>
public sealed class ActionsModel(IMediator mediator) : AppPageModel(mediator)
{
    [FromRoute] public int Id { get; set; }
    [FromQuery] public string? Partner { get; set; }
    public TrackerDto Tracker { get; private set; } = null!;

    public async Task OnGetAsync() => Tracker = await Mediator.Send(new GetTracker(Id, Partner), HttpContext.RequestAborted);
}
