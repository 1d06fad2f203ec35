/**
 */
package io.ringside.model.virtio.impl;

import io.ringside.model.virtio.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class VirtioFactoryImpl extends EFactoryImpl implements VirtioFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static VirtioFactory init() {
		try {
			VirtioFactory theVirtioFactory = (VirtioFactory)EPackage.Registry.INSTANCE.getEFactory(VirtioPackage.eNS_URI);
			if (theVirtioFactory != null) {
				return theVirtioFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new VirtioFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VirtioFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case VirtioPackage.VIRTIO_DEVICE: return createVirtioDevice();
			case VirtioPackage.FEATURE_SET: return createFeatureSet();
			case VirtioPackage.SPLIT_VIRTQUEUE: return createSplitVirtqueue();
			case VirtioPackage.PACKED_VIRTQUEUE: return createPackedVirtqueue();
			case VirtioPackage.DESCRIPTOR: return createDescriptor();
			case VirtioPackage.DESCRIPTOR_CHAIN: return createDescriptorChain();
			case VirtioPackage.AVAIL_RING: return createAvailRing();
			case VirtioPackage.USED_RING: return createUsedRing();
			case VirtioPackage.USED_ELEMENT: return createUsedElement();
			case VirtioPackage.EVENT_SUPPRESSION: return createEventSuppression();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case VirtioPackage.BUFFER_STATE:
				return createBufferStateFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case VirtioPackage.BUFFER_STATE:
				return convertBufferStateToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirtioDevice createVirtioDevice() {
		VirtioDeviceImpl virtioDevice = new VirtioDeviceImpl();
		return virtioDevice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureSet createFeatureSet() {
		FeatureSetImpl featureSet = new FeatureSetImpl();
		return featureSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SplitVirtqueue createSplitVirtqueue() {
		SplitVirtqueueImpl splitVirtqueue = new SplitVirtqueueImpl();
		return splitVirtqueue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PackedVirtqueue createPackedVirtqueue() {
		PackedVirtqueueImpl packedVirtqueue = new PackedVirtqueueImpl();
		return packedVirtqueue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Descriptor createDescriptor() {
		DescriptorImpl descriptor = new DescriptorImpl();
		return descriptor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DescriptorChain createDescriptorChain() {
		DescriptorChainImpl descriptorChain = new DescriptorChainImpl();
		return descriptorChain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AvailRing createAvailRing() {
		AvailRingImpl availRing = new AvailRingImpl();
		return availRing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UsedRing createUsedRing() {
		UsedRingImpl usedRing = new UsedRingImpl();
		return usedRing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UsedElement createUsedElement() {
		UsedElementImpl usedElement = new UsedElementImpl();
		return usedElement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EventSuppression createEventSuppression() {
		EventSuppressionImpl eventSuppression = new EventSuppressionImpl();
		return eventSuppression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BufferState createBufferStateFromString(EDataType eDataType, String initialValue) {
		BufferState result = BufferState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBufferStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirtioPackage getVirtioPackage() {
		return (VirtioPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static VirtioPackage getPackage() {
		return VirtioPackage.eINSTANCE;
	}

} //VirtioFactoryImpl
