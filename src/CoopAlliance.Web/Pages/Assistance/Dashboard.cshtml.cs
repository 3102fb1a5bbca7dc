using CoopAlliance.Application.Assistance;
using MediatR;

namespace CoopAlliance.Web.Pages.Assistance;

/// <summary>Staff's view of the queue: open requests by status, age, assignee and SLA status, each linking to the list.</summary>
public sealed class DashboardModel(IMediator mediator) : AppPageModel(mediator)
{
    public AssistanceDashboard Dashboard { get; private set; } = null!;

    public async Task OnGetAsync() => Dashboard = await Mediator.Send(new GetAssistanceDashboard(), HttpContext.RequestAborted);
}
