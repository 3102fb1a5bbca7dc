using CoopAlliance.Application.Events.Planning;
using MediatR;

namespace CoopAlliance.Web.Pages.Public.Events;

/// <summary>The public list of upcoming events (published, public, not over), soonest first.</summary>
public sealed class IndexModel(IMediator mediator) : AppPageModel(mediator)
{
    public IReadOnlyList<PublicEventSummary> Events { get; private set; } = [];

    public async Task OnGetAsync() => Events = await Mediator.Send(new ListUpcomingEvents(), HttpContext.RequestAborted);
}
