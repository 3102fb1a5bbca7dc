using AutoMapper;
using CoopAlliance.Application.Assistance;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoopAlliance.Application.Tests.Assistance;

public sealed class AssistanceMappingTests
{
    [Test]
    public void TheAssistanceMappingsAreComplete()
    {
        var config = new MapperConfiguration(c => c.AddProfile<AssistanceMappings>(), NullLoggerFactory.Instance);

        config.AssertConfigurationIsValid();
    }
}
