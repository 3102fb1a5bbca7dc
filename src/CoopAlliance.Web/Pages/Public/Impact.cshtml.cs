using CoopAlliance.Application.Impact;
using MediatR;

namespace CoopAlliance.Web.Pages.Public;

/// <summary>The public impact page: the last closed year's headline figures, small counts suppressed.</summary>
public sealed class ImpactModel(IMediator mediator) : AppPageModel(mediator)
{
    public PublicImpact Impact { get; private set; } = new(0, []);

    public int Threshold => Impact.Figures.Count > 0 ? Impact.Figures[0].Threshold : 0;

    public async Task OnGetAsync() => Impact = await Mediator.Send(new GetPublicImpact(), HttpContext.RequestAborted);
}
