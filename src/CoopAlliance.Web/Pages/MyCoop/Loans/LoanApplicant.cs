using System.Security.Claims;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Mentoring;
using MediatR;

namespace CoopAlliance.Web.Pages.MyCoop.Loans;

/// <summary>
/// Who applies to the loan fund from the rep's login: their member co-op, or — for a rep whose co-op is still
/// developing — that developing co-op (the backend lets both apply). Found from the login, never from the address.
/// </summary>
public sealed record LoanApplicant(int? CoopId, int? DevelopingCoopId)
{
    public bool Developing => DevelopingCoopId is not null;

    /// <summary>The rep's home: "My co-op" for a member co-op, the developing co-op's page otherwise.</summary>
    public string HomePage => Developing ? "/MyProject/Index" : "/MyCoop/Index";

    public static async Task<LoanApplicant?> FindAsync(ClaimsPrincipal user, IMediator mediator, CancellationToken ct)
    {
        if (RepCoop.IdOf(user) is { } coopId)
        {
            return new LoanApplicant(coopId, null);
        }

        try
        {
            var developing = await mediator.Send(new GetMyDevelopingCoop(), ct);
            return new LoanApplicant(null, developing.Id);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }
}
