using CoopAlliance.Application.Dues;
using MediatR;

namespace CoopAlliance.Web.Pages.Dues;

/// <summary>Dues at a glance for staff: what is outstanding, how late (aging), and the largest balances.</summary>
public sealed class IndexModel(IMediator mediator) : AppPageModel(mediator)
{
    public DuesPositionDto Position { get; private set; } = null!;

    public async Task OnGetAsync() => Position = await Mediator.Send(new GetDuesPosition(Top: 15), HttpContext.RequestAborted);
}
