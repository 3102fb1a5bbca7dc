using CoopAlliance.Application.Dues;
using MediatR;

namespace CoopAlliance.Web.Pages.Dues;

public sealed class PoliciesModel(IMediator mediator) : AppPageModel(mediator)
{
    public IReadOnlyList<DuesPolicyDto> Policies { get; private set; } = [];

    public async Task OnGetAsync() => Policies = await Mediator.Send(new ListDuesPolicies(), HttpContext.RequestAborted);

    public static string Describe(DuesComponentDto c) => c.Scheme switch
    {
        Domain.Dues.DuesScheme.Flat => $"{DuesWords.Money(c.Amount)} a year",
        Domain.Dues.DuesScheme.PercentOfWages => $"{c.RatePercent:0.####} % of wages{Bounds(c)}",
        Domain.Dues.DuesScheme.PercentOfRevenue => $"{c.RatePercent:0.####} % of revenue{Bounds(c)}",
        _ => "per worker-owner: " + PolicyModel.StepsText(c.Steps),
    };

    private static string Bounds(DuesComponentDto c) =>
        (c.Floor is null ? "" : $", at least {DuesWords.Money(c.Floor.Value)}") + (c.Cap is null ? "" : $", at most {DuesWords.Money(c.Cap.Value)}");
}
