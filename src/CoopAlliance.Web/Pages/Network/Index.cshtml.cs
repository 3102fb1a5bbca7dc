using CoopAlliance.Application.Network;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Network;
using MediatR;

namespace CoopAlliance.Web.Pages.Network;

/// <summary>
/// Staff: the network view — the picture of co-ops, organisations and their ties (SVG drawn on the server, filtered by
/// region and kind with a plain form), the figures, the co-ops with no tie yet and whom to introduce them to.
/// </summary>
public sealed class IndexModel(IMediator mediator) : AppPageModel(mediator)
{
    public const string CoopsOnly = "coops";

    public Region? Region { get; private set; }
    public string? Kind { get; private set; }
    public NetworkSummaryDto Summary { get; private set; } = null!;
    public string Svg { get; private set; } = "";

    public async Task OnGetAsync(string? region, string? kind)
    {
        Region = Enum.TryParse<Region>(region, true, out var r) && Enum.IsDefined(r) ? r : null;
        var coopsOnly = string.Equals(kind, CoopsOnly, StringComparison.OrdinalIgnoreCase);
        OrganizationKind? orgKind = Enum.TryParse<OrganizationKind>(kind, true, out var k) && Enum.IsDefined(k) ? k : null;
        Kind = coopsOnly ? CoopsOnly : orgKind?.ToString();
        Summary = await Mediator.Send(new GetNetworkSummary(Region), HttpContext.RequestAborted);
        Svg = await Mediator.Send(new GetNetworkGraph(Region, coopsOnly ? null : orgKind, coopsOnly), HttpContext.RequestAborted);
    }
}
