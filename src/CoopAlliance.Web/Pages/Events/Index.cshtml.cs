using MediatR;

namespace CoopAlliance.Web.Pages.Events;

/// <summary>Staff: the alliance's events (the list and the form that creates one).</summary>
public sealed class IndexModel(IMediator mediator) : AppPageModel(mediator)
{
    public void OnGet()
    {
    }
}
