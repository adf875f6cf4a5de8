"""Seeds a moto_server with one scenario per region (boto3, the same Python as
moto). Prints {"scenario": {"region": ..., "instance": ..., "nat": ...}} as JSON.

Every scenario: VPC 10.0.0.0/16, public subnet 10.0.0.0/24 with a NAT gateway
(one Elastic IP) and a route to an internet gateway, private subnet
10.0.1.0/24 whose route table sends 0.0.0.0/0 to the NAT gateway (and
192.0.2.0/24 to the internet gateway, so the match must be the longest
prefix), an instance in the private subnet, and five minutes of normal NAT
gateway traffic (attempts = established, bytes delivered), 10-50 minutes ago.
"""
import datetime
import json
import sys

import boto3

ENDPOINT = sys.argv[1]
SCENARIOS = {
    "ports": "us-east-1",   # ErrorPortAllocation
    "idle": "us-east-2",    # IdleTimeoutCount
    "drops": "us-west-1",   # PacketsDropCount, bytes not delivered
    "syn": "ca-central-1",  # attempts well above established
    "quiet": "us-west-2",   # normal traffic only
    "acl": "eu-west-1",     # network ACL denying 32768-60999 inbound on the private subnet
    "nonat": "eu-central-1",  # the instance's subnet uses the main table: 0.0.0.0/0 to the internet gateway
    "nodata": "ap-southeast-1",  # no metric data at all
}
NOW = datetime.datetime.now(datetime.timezone.utc).replace(second=0, microsecond=0)


def client(service, region):
    return boto3.client(service, region_name=region, endpoint_url=ENDPOINT,
                        aws_access_key_id="testing", aws_secret_access_key="testing")


def put(cw, nat, rows):
    data = [{"MetricName": name, "Dimensions": [{"Name": "NatGatewayId", "Value": nat}],
             "Timestamp": NOW - datetime.timedelta(minutes=ago), "Value": float(value),
             "Unit": "Bytes" if name.startswith("Bytes") else "Count"} for name, value, ago in rows]
    for i in range(0, len(data), 20):
        cw.put_metric_data(Namespace="AWS/NATGateway", MetricData=data[i:i + 20])


def seed(scenario, region):
    ec2 = client("ec2", region)
    vpc = ec2.create_vpc(CidrBlock="10.0.0.0/16")["Vpc"]["VpcId"]
    pub = ec2.create_subnet(VpcId=vpc, CidrBlock="10.0.0.0/24")["Subnet"]["SubnetId"]
    priv = ec2.create_subnet(VpcId=vpc, CidrBlock="10.0.1.0/24")["Subnet"]["SubnetId"]
    igw = ec2.create_internet_gateway()["InternetGateway"]["InternetGatewayId"]
    ec2.attach_internet_gateway(VpcId=vpc, InternetGatewayId=igw)
    pubrt = ec2.create_route_table(VpcId=vpc)["RouteTable"]["RouteTableId"]
    ec2.create_route(RouteTableId=pubrt, DestinationCidrBlock="0.0.0.0/0", GatewayId=igw)
    ec2.associate_route_table(RouteTableId=pubrt, SubnetId=pub)
    alloc = ec2.allocate_address(Domain="vpc")["AllocationId"]
    nat = ec2.create_nat_gateway(SubnetId=pub, AllocationId=alloc)["NatGateway"]["NatGatewayId"]
    subnet = priv
    if scenario == "nonat":
        subnet = ec2.create_subnet(VpcId=vpc, CidrBlock="10.0.2.0/24")["Subnet"]["SubnetId"]
        main = ec2.describe_route_tables(Filters=[{"Name": "vpc-id", "Values": [vpc]},
                                                  {"Name": "association.main", "Values": ["true"]}])
        ec2.create_route(RouteTableId=main["RouteTables"][0]["RouteTableId"], DestinationCidrBlock="0.0.0.0/0",
                         GatewayId=igw)
    else:
        privrt = ec2.create_route_table(VpcId=vpc)["RouteTable"]["RouteTableId"]
        ec2.create_route(RouteTableId=privrt, DestinationCidrBlock="0.0.0.0/0", NatGatewayId=nat)
        ec2.create_route(RouteTableId=privrt, DestinationCidrBlock="192.0.2.0/24", GatewayId=igw)
        ec2.associate_route_table(RouteTableId=privrt, SubnetId=priv)
    ami = ec2.describe_images()["Images"][0]["ImageId"]
    instance = ec2.run_instances(ImageId=ami, MinCount=1, MaxCount=1, InstanceType="t3.micro",
                                 SubnetId=subnet)["Instances"][0]["InstanceId"]
    out = {"region": region, "vpc": vpc, "public_subnet": pub, "private_subnet": priv, "instance_subnet": subnet,
           "nat": nat, "allocation": alloc, "instance": instance, "igw": igw}
    if scenario == "acl":
        acl = ec2.create_network_acl(VpcId=vpc)["NetworkAcl"]["NetworkAclId"]
        ec2.create_network_acl_entry(NetworkAclId=acl, RuleNumber=90, Protocol="6", RuleAction="deny", Egress=False,
                                     CidrBlock="0.0.0.0/0", PortRange={"From": 32768, "To": 60999})
        for egress in (False, True):
            ec2.create_network_acl_entry(NetworkAclId=acl, RuleNumber=100, Protocol="-1", RuleAction="allow",
                                         Egress=egress, CidrBlock="0.0.0.0/0")
        current = ec2.describe_network_acls(Filters=[{"Name": "association.subnet-id", "Values": [priv]}])
        assoc = [a["NetworkAclAssociationId"] for n in current["NetworkAcls"] for a in n["Associations"]
                 if a["SubnetId"] == priv][0]
        ec2.replace_network_acl_association(AssociationId=assoc, NetworkAclId=acl)
        out["acl"] = acl
    rows = []
    if scenario != "nodata":
        for ago in (50, 40, 30, 20, 10):
            rows += [("ConnectionAttemptCount", 120, ago), ("ConnectionEstablishedCount", 120, ago),
                     ("ActiveConnectionCount", 300, ago), ("BytesInFromDestination", 5000000, ago),
                     ("BytesOutToSource", 5000000, ago), ("PacketsDropCount", 0, ago),
                     ("ErrorPortAllocation", 0, ago), ("IdleTimeoutCount", 0, ago)]
    rows += {
        "ports": [("ErrorPortAllocation", 12, 31), ("ErrorPortAllocation", 3, 29), ("ActiveConnectionCount", 54990, 31)],
        "idle": [("IdleTimeoutCount", 7, 25), ("IdleTimeoutCount", 2, 24)],
        "drops": [("PacketsDropCount", 40, 15), ("BytesInFromDestination", 900000, 15), ("BytesOutToSource", 100000, 15)],
        "syn": [("ConnectionAttemptCount", 200, 15), ("ConnectionEstablishedCount", 20, 15)],
    }.get(scenario, [])
    if rows:
        put(client("cloudwatch", region), nat, rows)
    return out


print(json.dumps({name: seed(name, region) for name, region in SCENARIOS.items()}, indent=1))
