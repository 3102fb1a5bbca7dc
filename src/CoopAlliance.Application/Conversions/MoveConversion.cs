using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Conversions;
using FluentValidation;
using MediatR;

namespace CoopAlliance.Application.Conversions;

/// <summary>
/// Staff move a conversion on to its next stage, or out of the pipeline (NotConverted, with the reason as note).
/// Converted is reached only through <see cref="ConvertConversion"/>. Send the version you read.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record MoveConversion(int Id, ConversionStage Stage, string? Note, int? Version = null) : ICommand;

public sealed class MoveConversionValidator : AbstractValidator<MoveConversion>
{
    public MoveConversionValidator()
    {
        RuleFor(x => x.Stage).IsInEnum().WithMessage("Choose a stage of the conversion pipeline.");
        RuleFor(x => x.Note).NotEmpty().When(x => x.Stage == ConversionStage.NotConverted).WithMessage("Say why the business is not converting.");
        RuleFor(x => x.Note).MaximumLength(1000);
    }
}

public sealed class MoveConversionHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<MoveConversion, Unit>
{
    public async Task<Unit> Handle(MoveConversion request, CancellationToken cancellationToken)
    {
        var conversion = await Conversions.LoadAsync(db, request.Id, cancellationToken);
        if (request.Version is { } version)
        {
            db.ExpectVersion(conversion, version);
        }

        conversion.MoveTo(request.Stage, request.Note, user.AsActor(), clock.GetUtcNow());
        return Unit.Value;
    }
}
