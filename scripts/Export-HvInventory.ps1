<#
.SYNOPSIS
    Exports the live state of Hyper-V hosts and NLB nodes for `hvlint drift`.

.DESCRIPTION
    Writes one JSON file per cmdlet into <OutputDirectory>\<host>\, plus header.json:

        header.json                 Host, Cluster, Domain, CollectedAt, WindowsVersion, PSVersion, Depth
        Get-VMHost.json             ComputerName, MemoryCapacity, LogicalProcessorCount
        Get-NetLbfoTeam.json        Name, TeamingMode, LoadBalancingAlgorithm, Members
        Get-VMSwitch.json           Name, SwitchType, NetAdapterInterfaceDescription, EmbeddedTeamingEnabled
        Get-NetAdapter.json         Name, InterfaceDescription, MacAddress (teams and physical NICs)
        Get-VM.json                 Name, Id, Generation, State, IsClustered, Path, MemoryStartup,
                                    MemoryMinimum, MemoryMaximum, DynamicMemoryEnabled, ProcessorCount
        Get-VMHardDiskDrive.json    VMName, Path, ControllerType, ControllerNumber, ControllerLocation
        Get-VMDvdDrive.json         VMName, Path, ControllerType, ControllerNumber, ControllerLocation
        Get-VMScsiController.json   VMName, ControllerNumber
        Get-VMNetworkAdapter.json   VMName, Name, SwitchName, MacAddress, MacAddressSpoofing, VlanSetting
        Get-VHD.json                every attached disk and the parents of checkpoint (.avhdx) disks
        Get-VMSnapshot.json         VMName, Name, SnapshotType, CreationTime

    and, for every NLB node asked (-NlbHost, or this machine when NLB is installed), into
    <OutputDirectory>\<node>\: Get-NlbCluster.json, Get-NlbClusterNode.json, Get-NlbClusterVip.json.

    Switch configurations are not collected here: save each switch's running configuration
    (`show running-config`, or your configuration backup) as <OutputDirectory>\switches\<name>.txt,
    <name> being the switch's metadata.name in the manifests.

    Works with Windows PowerShell 5.1 (enums are written as numbers) and PowerShell 7 (add
    -EnumsAsStrings to write names); hvlint reads both. NLB operation modes are always written as
    names, because the NLB module does not document their numbers. Files are UTF-8 without BOM.

.PARAMETER OutputDirectory
    The inventory directory. Give the same directory on every host; each writes its own subdirectory.

.PARAMETER ComputerName
    Hyper-V hosts to export (default: this computer).

.PARAMETER Cluster
    Export every node of the failover cluster this computer belongs to (one directory per node).

.PARAMETER NlbHost
    NLB nodes (VM host names) to ask with Get-NlbCluster -HostName.

.PARAMETER Depth
    ConvertTo-Json -Depth. Below 3 the VLAN settings of network adapters are cut off (hvlint reports it).

.PARAMETER EnumsAsStrings
    PowerShell 7 only: write enum names instead of numbers.

.EXAMPLE
    .\Export-HvInventory.ps1 -OutputDirectory \\nas01\hvlint\inventory -Cluster -NlbHost WEB01,APP01
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)]
    [string] $OutputDirectory,

    [string[]] $ComputerName = @($env:COMPUTERNAME),

    [switch] $Cluster,

    [string[]] $NlbHost = @(),

    [ValidateRange(1, 100)]
    [int] $Depth = 6,

    [switch] $EnumsAsStrings
)

Set-StrictMode -Version 3
$ErrorActionPreference = 'Stop'

$utf8 = New-Object System.Text.UTF8Encoding($false)

function Write-Inventory {
    param([object[]] $Records, [string] $Directory, [string] $Name, [switch] $Single)
    $arguments = @{ Depth = $Depth }
    if ($EnumsAsStrings -and $PSVersionTable.PSVersion.Major -ge 7) { $arguments['EnumsAsStrings'] = $true }
    # A list stays a list even with one element; nothing at all is an empty list.
    $json = if ($Single) { ConvertTo-Json -InputObject $Records[0] @arguments } else { ConvertTo-Json -InputObject @($Records) @arguments }
    [System.IO.File]::WriteAllText((Join-Path $Directory $Name), $json, $utf8)
}

function Write-Header {
    param([string] $Directory, [string] $HostName, [string] $ClusterName, [string[]] $Nodes)
    $os = Get-CimInstance -ClassName Win32_OperatingSystem -ComputerName $HostName -ErrorAction SilentlyContinue
    $computer = Get-CimInstance -ClassName Win32_ComputerSystem -ComputerName $HostName -ErrorAction SilentlyContinue
    $header = [pscustomobject]@{
        Host           = $HostName
        Cluster        = $ClusterName
        Domain         = if ($computer -and $computer.PartOfDomain) { $computer.Domain } else { $null }
        Nodes          = @($Nodes)
        CollectedAt    = (Get-Date).ToUniversalTime()
        WindowsVersion = if ($os) { $os.Version } else { $null }
        PSVersion      = "$($PSVersionTable.PSVersion)"
        Collector      = 'Export-HvInventory.ps1/1'
        Depth          = $Depth
    }
    Write-Inventory -Records @($header) -Directory $Directory -Name 'header.json' -Single
}

function New-HostDirectory([string] $HostName) {
    $directory = Join-Path $OutputDirectory $HostName
    New-Item -ItemType Directory -Force -Path $directory | Out-Null
    $directory
}

# --- Hyper-V hosts ---------------------------------------------------------------------------------

$clusterName = $null
$hosts = $ComputerName
if ($Cluster) {
    $failoverCluster = Get-Cluster
    $clusterName = $failoverCluster.Name
    $hosts = @(Get-ClusterNode -Cluster $failoverCluster | ForEach-Object { $_.Name })
} elseif (Get-Command Get-Cluster -ErrorAction SilentlyContinue) {
    # A stand-alone host has no FailoverClusters module, or no cluster.
    $failoverCluster = Get-Cluster -ErrorAction SilentlyContinue
    if ($failoverCluster) { $clusterName = $failoverCluster.Name }
}

foreach ($hostName in $hosts) {
    Write-Verbose "exporting Hyper-V host $hostName"
    $directory = New-HostDirectory $hostName
    Write-Header -Directory $directory -HostName $hostName -ClusterName $clusterName -Nodes @()

    Write-Inventory -Directory $directory -Name 'Get-VMHost.json' -Single -Records @(
        Get-VMHost -ComputerName $hostName | Select-Object ComputerName, MemoryCapacity, LogicalProcessorCount)

    # NIC teams, and which adapter each external virtual switch is bound to (a team, or one NIC).
    Write-Inventory -Directory $directory -Name 'Get-NetLbfoTeam.json' -Records @(
        Get-NetLbfoTeam -CimSession $hostName -ErrorAction SilentlyContinue |
            Select-Object Name, TeamingMode, LoadBalancingAlgorithm, Members)
    Write-Inventory -Directory $directory -Name 'Get-VMSwitch.json' -Records @(
        Get-VMSwitch -ComputerName $hostName |
            Select-Object Name, SwitchType, NetAdapterInterfaceDescription, EmbeddedTeamingEnabled)
    Write-Inventory -Directory $directory -Name 'Get-NetAdapter.json' -Records @(
        Get-NetAdapter -CimSession $hostName | Select-Object Name, InterfaceDescription, MacAddress)

    $vms = @(Get-VM -ComputerName $hostName)
    Write-Inventory -Directory $directory -Name 'Get-VM.json' -Records @(
        $vms | Select-Object Name, Id, Generation, State, IsClustered, Path, Version, IntegrationServicesVersion,
            MemoryStartup, MemoryMinimum, MemoryMaximum, DynamicMemoryEnabled, ProcessorCount)

    $disks = @($vms | Get-VMHardDiskDrive)
    Write-Inventory -Directory $directory -Name 'Get-VMHardDiskDrive.json' -Records @(
        $disks | Select-Object VMName, VMId, Path, ControllerType, ControllerNumber, ControllerLocation, DiskNumber)

    Write-Inventory -Directory $directory -Name 'Get-VMDvdDrive.json' -Records @(
        $vms | Get-VMDvdDrive | Select-Object VMName, VMId, Path, ControllerType, ControllerNumber, ControllerLocation, DvdMediaType)

    Write-Inventory -Directory $directory -Name 'Get-VMScsiController.json' -Records @(
        $vms | Get-VMScsiController | Select-Object VMName, VMId, ControllerNumber, Name)

    Write-Inventory -Directory $directory -Name 'Get-VMNetworkAdapter.json' -Records @(
        $vms | Get-VMNetworkAdapter | Select-Object VMName, VMId, Name, SwitchName, MacAddress,
            DynamicMacAddressEnabled, MacAddressSpoofing, IsLegacy,
            @{ Name = 'VlanSetting'; Expression = { $_.VlanSetting | Select-Object OperationMode, AccessVlanId, NativeVlanId, AllowedVlanIdListString } })

    # Every attached disk, and up the chain from checkpoint disks (.avhdx) to the disk the VM was given.
    $seen = @{}
    $vhds = foreach ($path in @($disks | Where-Object { $_.Path } | ForEach-Object { $_.Path })) {
        while ($path -and -not $seen.ContainsKey($path)) {
            $seen[$path] = $true
            $vhd = Get-VHD -Path $path -ComputerName $hostName -ErrorAction SilentlyContinue
            if (-not $vhd) { break }
            $vhd | Select-Object Path, VhdFormat, VhdType, Size, FileSize, ParentPath
            $path = $vhd.ParentPath
        }
    }
    Write-Inventory -Directory $directory -Name 'Get-VHD.json' -Records @($vhds)

    Write-Inventory -Directory $directory -Name 'Get-VMSnapshot.json' -Records @(
        $vms | Get-VMSnapshot | Select-Object VMName, VMId, Name, SnapshotType, CreationTime, ParentSnapshotName)
}

# --- NLB nodes -----------------------------------------------------------------------------------

$nlbNodes = @($NlbHost)
if ($nlbNodes.Count -eq 0 -and (Get-Command Get-NlbCluster -ErrorAction SilentlyContinue)) {
    if (Get-NlbCluster -ErrorAction SilentlyContinue) { $nlbNodes = @($env:COMPUTERNAME) }
}
foreach ($node in $nlbNodes) {
    Write-Verbose "asking NLB node $node"
    $directory = New-HostDirectory $node
    if (-not (Test-Path (Join-Path $directory 'header.json'))) {
        Write-Header -Directory $directory -HostName $node -ClusterName $null -Nodes @()
    }
    $nlbClusters = @(Get-NlbCluster -HostName $node -ErrorAction SilentlyContinue)
    Write-Inventory -Directory $directory -Name 'Get-NlbCluster.json' -Records @(
        $nlbClusters | Select-Object Name,
            @{ Name = 'IPAddress'; Expression = { "$($_.IPAddress)" } },
            @{ Name = 'SubnetMask'; Expression = { "$($_.SubnetMask)" } },
            @{ Name = 'OperationMode'; Expression = { "$($_.OperationMode)" } })
    Write-Inventory -Directory $directory -Name 'Get-NlbClusterNode.json' -Records @(
        foreach ($nlbCluster in $nlbClusters) {
            Get-NlbClusterNode -InputObject $nlbCluster | Select-Object @{ Name = 'Cluster'; Expression = { $nlbCluster.Name } },
                Name, InterfaceName, HostPriority, @{ Name = 'State'; Expression = { "$($_.State)" } }
        })
    Write-Inventory -Directory $directory -Name 'Get-NlbClusterVip.json' -Records @(
        foreach ($nlbCluster in $nlbClusters) {
            Get-NlbClusterVip -InputObject $nlbCluster | Select-Object @{ Name = 'Cluster'; Expression = { $nlbCluster.Name } },
                @{ Name = 'IPAddress'; Expression = { "$($_.IPAddress)" } },
                @{ Name = 'SubnetMask'; Expression = { "$($_.SubnetMask)" } }
        })
}
