using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Marketing;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Marketing.Campaigns;

/// <summary>Staff create a joint campaign: its dates, the joining deadline, the budget and how it is shared. It opens at once.</summary>
[Authorize(Roles.Staff)]
public sealed record CreateCampaign(string Name, string? Description, DateOnly StartsOn, DateOnly EndsOn, DateOnly JoinBy, decimal Budget,
    CostSharing Sharing, IReadOnlyList<int>? CategoryIds = null, IReadOnlyList<Region>? Regions = null) : ICommand<int>, ICampaignInput;

public sealed class CreateCampaignValidator : AbstractValidator<CreateCampaign>
{
    public CreateCampaignValidator() => Include(new CampaignInputValidator());
}

public sealed class CreateCampaignHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<CreateCampaign, int>
{
    public async Task<int> Handle(CreateCampaign request, CancellationToken cancellationToken)
    {
        await CampaignCategories.EnsureExistAsync(db, request.CategoryIds, cancellationToken);
        var campaign = new Campaign(CampaignInputValidator.Details(request), user.AsActor(), clock.GetUtcNow());
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync(cancellationToken);
        return campaign.Id;
    }
}

/// <summary>Staff change an open campaign (send the version you read); a charged or cancelled one stays as it was.</summary>
[Authorize(Roles.Staff)]
public sealed record UpdateCampaign(int Id, int Version, string Name, string? Description, DateOnly StartsOn, DateOnly EndsOn, DateOnly JoinBy,
    decimal Budget, CostSharing Sharing, IReadOnlyList<int>? CategoryIds = null, IReadOnlyList<Region>? Regions = null) : ICommand, ICampaignInput;

public sealed class UpdateCampaignValidator : AbstractValidator<UpdateCampaign>
{
    public UpdateCampaignValidator() => Include(new CampaignInputValidator());
}

public sealed class UpdateCampaignHandler(IAppDbContext db) : IRequestHandler<UpdateCampaign, Unit>
{
    public async Task<Unit> Handle(UpdateCampaign request, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.FirstOrDefaultAsync(c => c.Id == request.Id, cancellationToken) ?? throw new NotFoundException("Campaign", request.Id);
        db.ExpectVersion(campaign, request.Version);
        await CampaignCategories.EnsureExistAsync(db, request.CategoryIds, cancellationToken);
        campaign.Edit(CampaignInputValidator.Details(request));
        return Unit.Value;
    }
}

/// <summary>Staff cancel an open campaign: nobody is charged for it.</summary>
[Authorize(Roles.Staff)]
public sealed record CancelCampaign(int Id) : ICommand;

public sealed class CancelCampaignHandler(IAppDbContext db) : IRequestHandler<CancelCampaign, Unit>
{
    public async Task<Unit> Handle(CancelCampaign request, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.FirstOrDefaultAsync(c => c.Id == request.Id, cancellationToken) ?? throw new NotFoundException("Campaign", request.Id);
        campaign.Cancel();
        return Unit.Value;
    }
}

internal static class CampaignCategories
{
    public static async Task EnsureExistAsync(IAppDbContext db, IReadOnlyList<int>? ids, CancellationToken ct)
    {
        if (ids is not { Count: > 0 })
        {
            return;
        }

        var wanted = ids.Distinct().ToList();
        var found = await db.ListingCategories.AsNoTracking().CountAsync(c => wanted.Contains(c.Id), ct);
        if (found != wanted.Count)
        {
            throw new Common.Exceptions.ValidationException(nameof(ICampaignInput.CategoryIds), "Choose categories from the list.");
        }
    }
}
