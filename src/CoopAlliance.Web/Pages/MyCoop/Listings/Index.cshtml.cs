using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Marketing.Listings;
using MediatR;

namespace CoopAlliance.Web.Pages.MyCoop.Listings;

/// <summary>The rep's listings in the public directory, with where each one is in its workflow.</summary>
public sealed class IndexModel(IMediator mediator) : AppPageModel(mediator)
{
    public PagedList<ListingSummary> Listings { get; private set; } = new([], 0, 1, 50);

    public async Task OnGetAsync()
    {
        Listings = await Mediator.Send(new ListListings(RepCoop.IdOf(User), PageSize: 100), HttpContext.RequestAborted);
    }
}
